'use strict';

// bpmnlint's rule tester is written for mocha's globals; node's own test runner provides the same three.
const { describe, it, beforeEach } = require('node:test');
Object.assign(global, { describe, it, beforeEach });

const RuleTester = require('bpmnlint/lib/testers/rule-tester');
const { createModdle } = require('bpmnlint/lib/testers/helper');

const rule = require('../rules/element-names');

function process(body) {
  return createModdle(`<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://reglament.kz/test">
  <bpmn:process id="test" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`);
}

function named(kk, ru = 'Имя', en = 'Name') {
  return `name="${kk}"><bpmn:extensionElements><camunda:properties>` +
    (ru ? `<camunda:property name="name.ru" value="${ru}" />` : '') +
    (en ? `<camunda:property name="name.en" value="${en}" />` : '') +
    '</camunda:properties></bpmn:extensionElements>';
}

RuleTester.verify('element-names', rule, {
  valid: [
    {
      name: 'named in three languages',
      moddleElement: process(`<bpmn:startEvent id="Start" ${named('Өтініш берілді')}</bpmn:startEvent>`)
    },
    {
      name: 'a flow out of a gateway with one way out needs no name',
      moddleElement: process(`
        <bpmn:exclusiveGateway id="Join" ${named('Қабылдау аяқталды')}</bpmn:exclusiveGateway>
        <bpmn:endEvent id="End" ${named('Аяқталды')}</bpmn:endEvent>
        <bpmn:sequenceFlow id="Flow" sourceRef="Join" targetRef="End" />`)
    }
  ],
  invalid: [
    {
      name: 'no name',
      moddleElement: process('<bpmn:task id="Task" />'),
      report: [
        { id: 'Task', message: 'Element has no name (Kazakh, as the regulation words it)' },
        { id: 'Task', message: 'Element has no name.ru property' },
        { id: 'Task', message: 'Element has no name.en property' }
      ]
    },
    {
      name: 'a name that is not Kazakh',
      moddleElement: process(`<bpmn:boundaryEvent id="Timer" attachedToRef="Task" ${named('15 working minutes')}
        </bpmn:boundaryEvent><bpmn:task id="Task" ${named('Тексеру')}</bpmn:task>`),
      report: { id: 'Timer', message: 'Element name "15 working minutes" is not Kazakh' }
    },
    {
      name: 'no English name',
      moddleElement: process(`<bpmn:endEvent id="End" ${named('Аяқталды', 'Завершено', null)}</bpmn:endEvent>`),
      report: { id: 'End', message: 'Element has no name.en property' }
    },
    {
      name: 'an outcome of a decision without its names',
      moddleElement: process(`
        <bpmn:exclusiveGateway id="Complete" ${named('Құжаттар толық па?')}</bpmn:exclusiveGateway>
        <bpmn:endEvent id="Yes" ${named('Иә')}</bpmn:endEvent>
        <bpmn:endEvent id="No" ${named('Жоқ')}</bpmn:endEvent>
        <bpmn:sequenceFlow id="Flow_Yes" name="иә" sourceRef="Complete" targetRef="Yes" />
        <bpmn:sequenceFlow id="Flow_No" sourceRef="Complete" targetRef="No" ${named('жоқ', 'нет', 'no')}
        </bpmn:sequenceFlow>`),
      report: [
        { id: 'Flow_Yes', message: 'Outcome has no name.ru property' },
        { id: 'Flow_Yes', message: 'Outcome has no name.en property' }
      ]
    }
  ]
});
