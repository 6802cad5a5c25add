'use strict';

const { is } = require('bpmnlint-utils');
const { properties } = require('../lib/properties');

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * Every flow node, lane and outcome of a decision has a Kazakh name (the regulation's wording) and its Russian and
 * English names as name.ru and name.en: portals show them in the caller's language, staff read them in Tasklist and
 * Cockpit, and an unnamed element cannot be traced to its step.
 */
module.exports = function() {
  function check(node, reporter) {
    const what = is(node, 'bpmn:FlowNode') ? 'Element' : is(node, 'bpmn:Lane') ? 'Lane' : isOutcome(node) ? 'Outcome' : null;
    if (!what) {
      return;
    }
    const name = (node.name || '').trim();
    if (!name) {
      reporter.report(node.id, what + ' has no name (Kazakh, as the regulation words it)');
    } else if (!CYRILLIC.test(name)) {
      reporter.report(node.id, what + ' name "' + name + '" is not Kazakh');
    }
    const present = properties(node).filter(property => (property.value || '').trim()).map(property => property.name);
    [ 'name.ru', 'name.en' ].filter(property => !present.includes(property))
      .forEach(property => reporter.report(node.id, what + ' has no ' + property + ' property'));
  }
  return { check };
};

// A sequence flow out of a gateway that chooses between paths: the answer to the gateway's question.
function isOutcome(node) {
  if (!is(node, 'bpmn:SequenceFlow') || !node.sourceRef || !is(node.sourceRef, 'bpmn:Gateway') ||
      is(node.sourceRef, 'bpmn:ParallelGateway')) {
    return false;
  }
  // Counted from the flows, not the gateway's outgoing list, which a hand-written file may leave out.
  return (node.$parent.flowElements || []).filter(element => element.sourceRef === node.sourceRef).length > 1;
}
