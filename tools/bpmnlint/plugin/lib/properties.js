'use strict';

/**
 * The camunda:property entries of an element as { name, value }. bpmnlint reads the files without Camunda's moddle
 * extension, so the properties arrive as generic elements; the rule tests read them with it. Both shapes are read.
 */
function properties(node) {
  const extensions = node.extensionElements && node.extensionElements.values || [];
  return extensions.filter(value => String(value.$type).toLowerCase() === 'camunda:properties')
    .flatMap(value => value.values || value.$children || [])
    .map(property => ({
      name: property.name || (property.$attrs && property.$attrs.name),
      value: property.value || (property.$attrs && property.$attrs.value)
    }));
}

module.exports = { properties };
