// Renders BPMN files to PNG with bpmn-js in Debian's Chromium, to look at a layout before committing it.
//
//   node render.mjs [out-dir] [file.bpmn...]    (defaults: ../../target/bpmn-diagrams, every file in processes/)
//
// Also reports what bpmn-js warns about on import (unknown elements, broken DI), which Camunda Modeler would show.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const out = args[0] && !args[0].endsWith('.bpmn') ? args.shift() : path.join(here, '../../target/bpmn-diagrams');
fs.mkdirSync(out, { recursive: true });
if (!args.length) {
  const processes = path.join(here, '../../processes');
  for (const folder of fs.readdirSync(processes, { withFileTypes: true }).filter(entry => entry.isDirectory())) {
    fs.readdirSync(path.join(processes, folder.name)).filter(name => name.endsWith('.bpmn')).sort()
      .forEach(name => args.push(path.join(processes, folder.name, name)));
  }
}
const assets = path.join(here, 'node_modules/bpmn-js/dist');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [ '--no-sandbox', '--disable-dev-shm-usage' ] });
let failed = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.setContent('<html><body style="margin:0;background:#fff"><div id="canvas"></div></body></html>');
  for (const css of [ 'assets/diagram-js.css', 'assets/bpmn-js.css' ]) {
    await page.addStyleTag({ path: path.join(assets, css) });
  }
  await page.addScriptTag({ path: path.join(assets, 'bpmn-viewer.production.min.js') });
  for (const file of args) {
    const xml = fs.readFileSync(file, 'utf8');
    const { warnings, width, height } = await page.evaluate(async xml => {
      const container = document.getElementById('canvas');
      container.innerHTML = '';
      const viewer = new window.BpmnJS({ container });
      const { warnings } = await viewer.importXML(xml);
      const box = viewer.get('canvas').viewbox().inner;
      container.style.width = Math.ceil(box.width + 40) + 'px';
      container.style.height = Math.ceil(box.height + 40) + 'px';
      viewer.get('canvas').resized();
      viewer.get('canvas').viewbox({ x: box.x - 20, y: box.y - 20, width: box.width + 40, height: box.height + 40 });
      return { warnings: warnings.map(warning => warning.message), width: box.width + 40, height: box.height + 40 };
    }, xml);
    await page.setViewportSize({ width: Math.ceil(width), height: Math.ceil(height) });
    const name = path.basename(path.dirname(file)) + '-' + path.basename(file, '.bpmn') + '.png';
    await page.locator('#canvas').screenshot({ path: path.join(out, name) });
    console.log(name + (warnings.length ? ': ' + warnings.join('; ') : ''));
    failed += warnings.length ? 1 : 0;
  }
} finally {
  await browser.close();
}
process.exitCode = failed ? 1 : 0;
