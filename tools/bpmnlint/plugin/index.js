'use strict';

// The rules every regulation's BPMN must meet, beside bpmnlint's recommended ones (docs/modeling.md).
module.exports = {
  configs: {
    recommended: {
      rules: {
        'user-task-deadline': 'error',
        'process-identity': 'error',
        'known-delegate': 'error',
        'element-names': 'error'
      }
    }
  }
};
