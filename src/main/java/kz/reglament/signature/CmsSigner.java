package kz.reglament.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.CollectionStore;

/**
 * Makes CMS signatures as the NCA's software does: SignerInfo names the full signature algorithm, signed attributes
 * carry the content type, the signing time and the message digest, and the signer's certificate with its issuers
 * travels inside, so that anyone can rebuild the path.
 */
final class CmsSigner {

    private final SecureRandom random = new SecureRandom();

    byte[] sign(SigningKey key, X509CertificateHolder certificate, List<X509CertificateHolder> issuers,
            byte[] content, boolean attached, Instant signingTime) {
        SigningAlgorithm algorithm = key.algorithm();
        AttributeTable signedAttributes = new AttributeTable(
                new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(digestCalculators(),
                    signatureAlgorithm -> signatureAlgorithm)
                    .setContentDigest(new AlgorithmIdentifier(algorithm.digestOid()))
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signedAttributes))
                    .build(key.contentSigner(random), certificate));
            List<X509CertificateHolder> certificates = new ArrayList<>(List.of(certificate));
            certificates.addAll(issuers);
            generator.addCertificates(new CollectionStore<>(certificates));
            return generator.generate(new CMSProcessableByteArray(content), attached).getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Could not sign", e);
        }
    }

    /** Digests by the OIDs of {@link SigningAlgorithm}, the NCA's GOST ones included. */
    static DigestCalculatorProvider digestCalculators() {
        return identifier -> {
            SigningAlgorithm algorithm = Arrays.stream(SigningAlgorithm.values())
                    .filter(candidate -> candidate.digestOid().equals(identifier.getAlgorithm())).findFirst()
                    .orElseThrow(() -> new OperatorCreationException("Digest " + identifier.getAlgorithm()));
            Digest digest = algorithm.newDigest();
            OutputStream stream = new OutputStream() {
                @Override
                public void write(int b) {
                    digest.update((byte) b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    digest.update(bytes, offset, length);
                }
            };
            return new DigestCalculator() {
                @Override
                public AlgorithmIdentifier getAlgorithmIdentifier() {
                    return identifier;
                }

                @Override
                public OutputStream getOutputStream() {
                    return stream;
                }

                @Override
                public byte[] getDigest() {
                    byte[] hash = new byte[digest.getDigestSize()];
                    digest.doFinal(hash, 0);
                    return hash;
                }
            };
        };
    }
}
