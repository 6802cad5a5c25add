// Staff in a real browser (Debian's Chromium, driven by playwright-core): an Aktobe licence case taken from the
// office clerk to the head's signature through Tasklist's filters, claim, forms and completion, and another
// tenant's staff who never see it. Screenshots go to target/browser-test/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const PORT = process.env.BROWSER_TEST_PORT || '18181';
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN_PASSWORD = 'Browser-Keeper-42';
const STAFF_PASSWORD = 'Browser-Staff-42';
const SHOTS = resolve('../../target/browser-test');
const JAR = process.env.REGLAMENT_JAR;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let service;
let browser;
let shot = 0;

before(async () => {
  assert.ok(JAR, 'REGLAMENT_JAR names the packaged service');
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  service = spawn('java', ['-jar', JAR, '--spring.profiles.active=demo', `--server.port=${PORT}`,
    `--reglament.data-directory=${SHOTS}/data`], {
    env: { ...process.env, REGLAMENT_ADMIN_PASSWORD: ADMIN_PASSWORD, REGLAMENT_DEMO_STAFF_PASSWORD: STAFF_PASSWORD },
    stdio: ['ignore', openSync(`${SHOTS}/service.log`, 'w'), openSync(`${SHOTS}/service.log`, 'a')]
  });
  await waitFor(async () => (await fetch(`${BASE}/actuator/health`)).ok, 120_000);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  service?.kill('SIGTERM');
});

test('an Aktobe licence goes from the office clerk to the head\'s signature in Tasklist', async () => {
  const businessKey = 'BROWSER-AKTOBE-1';
  await rest('POST', '/process-definition/key/medical-licence-issue/tenant-id/aktobe/start', {
    businessKey,
    variables: {
      channel: { value: 'office' }, applicantId: { value: '150340012340' }, applicantBin: { value: '150340012340' },
      activityType: { value: 'Стоматология' }
    }
  });

  // Whoever the case waits for works the task in the browser; the demo's users are named after their groups.
  const worked = [];
  while (!worked.includes('Task_SignLicenceOrRefusal')) {
    assert.ok(worked.length < 15, `the case went in circles: ${worked}`);
    const next = await waitFor(async () => {
      const [task] = await rest('GET', `/task?processInstanceBusinessKey=${businessKey}`);
      if (task) return task;
      // The consumer-rights committee answers through the API, as its system would.
      const [waiting] = await rest('GET', '/event-subscription?eventName=AgreeingBodyAnswer&eventType=message');
      if (waiting) {
        await rest('POST', '/message', { messageName: 'AgreeingBodyAnswer', businessKey,
          processVariables: { AgreeingBodyAnswer_compliant: { value: 'true' } } });
      }
      return null;
    }, 60_000);
    const [group] = (await rest('GET', `/task/${next.id}/identity-links?type=candidate`)).map(link => link.groupId);
    assert.ok(group.startsWith('aktobe.'), `an Aktobe task is for Aktobe's staff, not ${group}`);
    await work(group, next);
    worked.push(next.taskDefinitionKey);
  }

  assert.equal(worked[0], 'Task_AcceptAndRegister', `the office clerk registers first: ${worked}`);
  const handOver = await waitFor(async () => (await rest('GET', `/task?processInstanceBusinessKey=${businessKey}`))[0]);
  assert.equal(handOver.taskDefinitionKey, 'Task_OfficeHandOver', 'after the signature the clerk hands the licence over');
  const issued = await rest('GET', `/history/variable-instance?variableName=resultDocumentId&processInstanceIdIn=${handOver.processInstanceId}`);
  assert.equal(issued.length, 1, 'the signed licence was issued');
});

test('another tenant\'s staff never see Aktobe\'s tasks', async () => {
  const page = await logIn('zhambyl.executor');
  await page.getByText('Менің тобымның тапсырмалары').click();
  await page.waitForTimeout(1500);
  await screenshot(page, 'zhambyl-sees-no-aktobe-task');
  assert.equal(await page.getByText('Құжаттарды қабылдау, тіркеу').count(), 0);
  const visible = await page.evaluate(async () => (await fetch('/camunda/api/engine/engine/default/task?tenantIdIn=aktobe',
    { headers: { Accept: 'application/json' } })).json());
  assert.deepEqual(visible, [], 'not even through the webapp\'s own API');
  await page.context().close();
});

/** Logs in as the user, finds the task through the "my group" filter, claims it, fills the form, completes it. */
async function work(user, task) {
  const page = await logIn(user);
  await page.getByText('Менің тобымның тапсырмалары').click();
  await page.getByText(task.name, { exact: false }).first().waitFor();
  // The filter lists it; open this very task, as its link in the list does.
  await page.goto(`${page.url().split('?')[0]}?task=${task.id}`);
  await page.getByRole('button', { name: 'Өзіме алу' }).click();
  await page.locator('.fjs-form').waitFor();
  await fillForm(page);
  await screenshot(page, `${user}-${task.taskDefinitionKey}`);
  await page.getByRole('button', { name: 'Аяқтау' }).click();
  await waitFor(async () => (await rest('GET', `/task?taskId=${task.id}`)).length === 0);
  await page.context().close();
}

/** Takes the path forward: ticks every box, picks each choice's first (positive) option, writes what is asked. */
async function fillForm(page) {
  for (let pass = 0; pass < 3; pass++) {
    for (const box of await page.locator('.fjs-form input[type=checkbox]').all()) {
      if (await box.isVisible() && !(await box.isChecked())) await box.check();
    }
    for (const group of await page.locator('.fjs-form .fjs-form-field-radio').all()) {
      const first = group.locator('input[type=radio]').first();
      if (await first.isVisible() && !(await first.isChecked())) await first.check();
    }
    for (const field of await page.locator('.fjs-form input[type=text], .fjs-form textarea').all()) {
      if (await field.isVisible() && await field.isEditable() && !(await field.inputValue())) {
        await field.fill('Тексерілді / Проверено');
      }
    }
  }
}

async function logIn(user) {
  const context = await browser.newContext({ locale: 'kk-KZ', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const failed = [];
  const errors = [];
  page.on('response', response => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on('requestfailed', request => failed.push(`${request.failure()?.errorText} ${request.method()} ${request.url()}`));
  page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(`${BASE}/camunda/app/tasklist/default/`);
  // Tasklist focuses the user name field again 300 ms after it starts, which can move typing meant for the password
  // into the user name; it starts with requests of its own, so once the network is quiet that focus has happened.
  await page.waitForLoadState('networkidle');
  const name = page.locator('input[type=text]').first();
  const password = page.locator('input[type=password]');
  await name.fill(user);
  await password.fill(STAFF_PASSWORD);
  assert.equal(await name.inputValue(), user, 'the user name went into its own field');
  assert.equal(await password.inputValue(), STAFF_PASSWORD, 'the password went into its own field');
  await page.locator('button[type=submit]').click();
  try {
    await page.getByText('Менің тобымның тапсырмалары').waitFor();
  } catch (stuck) {
    // Say what the browser saw, so a failure on a CI machine can be understood without reproducing it.
    await screenshot(page, `${user}-did-not-reach-the-filters`);
    const shown = (await page.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 600);
    throw new Error(`${user} did not reach Tasklist's filters: ${stuck.message}\n` +
      `Requests that failed: ${failed.join('; ') || 'none'}\nConsole errors: ${errors.join('; ') || 'none'}\n` +
      `The page showed: ${shown}`);
  }
  return page;
}

async function screenshot(page, name) {
  await page.screenshot({ path: `${SHOTS}/${String(++shot).padStart(2, '0')}-${name}.png` });
}

async function rest(method, path, body) {
  const response = await fetch(`${BASE}/engine-rest${path}`, {
    method,
    headers: { Authorization: 'Basic ' + Buffer.from(`admin:${ADMIN_PASSWORD}`).toString('base64'),
      'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined
  });
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`);
  return response.status === 204 ? null : response.json();
}

async function waitFor(condition, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
    } catch (notYet) {
      if (Date.now() > deadline) throw notYet;
    }
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise(resolve => setTimeout(resolve, 500));
  }
}
