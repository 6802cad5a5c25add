'use strict';

const { is } = require('bpmnlint-utils');

// The delegates the service provides; each has an element template in .camunda/element-templates.
const KNOWN = [
  'lookUpApplicant', 'checkPowerOfAttorney', 'checkFee', 'findLicence', 'recordIssuedLicence',
  'recordReissuedLicence', 'recordLicenceDuplicate', 'verifyApplicantSignature', 'issueResultDocument',
  'recordSystemStep'
];

/** Every service task calls a delegate the service knows, by delegate expression: no class names, no typos. */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:ServiceTask')) {
      return;
    }
    const expression = node.get('camunda:delegateExpression');
    const match = expression && /^\$\{(\w+)\}$/.exec(expression.trim());
    if (!match || !KNOWN.includes(match[1])) {
      reporter.report(node.id, 'Service task uses an unknown delegate "' + (expression || node.get('camunda:class') ||
        'none') + '"; known: ' + KNOWN.join(', '));
    }
  }
  return { check };
};
