'use strict';

const { is } = require('bpmnlint-utils');

/**
 * Every user task has a candidate group, a due date (the regulation's term) and a non-interrupting timer boundary
 * event with the same term, so a passed term is recorded and escalated.
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    if (!node.get('camunda:candidateGroups')) {
      reporter.report(node.id, 'User task has no candidate group');
    }
    const due = node.get('camunda:dueDate');
    if (!due) {
      reporter.report(node.id, 'User task has no due date (the regulation\'s term, e.g. "2 working days")');
    }
    const parent = node.$parent;
    const timers = (parent.flowElements || []).filter(element =>
      is(element, 'bpmn:BoundaryEvent') && element.attachedToRef === node &&
      (element.eventDefinitions || []).some(definition => is(definition, 'bpmn:TimerEventDefinition')));
    if (timers.length === 0) {
      reporter.report(node.id, 'User task has no timer boundary event for its term');
    }
    timers.forEach(timer => {
      if (timer.cancelActivity !== false) {
        reporter.report(timer.id, 'A term timer must be non-interrupting: terms are maxima, not cancellations');
      }
      const definition = timer.eventDefinitions.find(d => is(d, 'bpmn:TimerEventDefinition'));
      const duration = definition.timeDuration && definition.timeDuration.body;
      if (due && duration && duration.trim() !== due.trim()) {
        reporter.report(timer.id, 'Timer term "' + duration + '" differs from its task\'s due date "' + due + '"');
      }
    });
  }
  return { check };
};
