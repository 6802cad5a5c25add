'use strict';

const { is } = require('bpmnlint-utils');
const { properties } = require('../lib/properties');

const IDENTITY = [ 'regulation.act', 'regulation.number', 'regulation.date', 'regulation.source' ];

/**
 * Every executable process has a history time-to-live; every process outside processes/common/ that names a
 * service carries the legal identity of its regulation.
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || !node.isExecutable) {
      return;
    }
    if (!node.get('camunda:historyTimeToLive')) {
      reporter.report(node.id, 'Process has no history time-to-live');
    }
    const names = properties(node).map(property => property.name);
    if (names.includes('service')) {
      IDENTITY.filter(name => !names.includes(name))
        .forEach(name => reporter.report(node.id, 'Process names a service but not its ' + name));
    }
  }
  return { check };
};
