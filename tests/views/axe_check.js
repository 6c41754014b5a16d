// The published site in a real browser (issue 28): every page of every folder given is loaded from disk in headless
// Chromium (Debian's) through playwright-core, checked by axe-core against WCAG 2.1 A and AA, and checked for reflow
// at 320 CSS pixels (WCAG 1.4.10: the page itself never scrolls sideways; a wide table scrolls in its own box, which
// the keyboard can reach).
//
//   node axe_check.js NODE_MODULES SITE_FOLDER...
//
// Prints each violation with its page, rule and element; exit status 0 when there are none, 1 when there are, 2 when
// the tools are missing. Both packages come from the npm registry, installed by .ci/setup into .ci/node/.
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, ...folders] = process.argv.slice(2);
let chromium, axeSource;
try {
    ({ chromium } = require(path.join(modules, 'playwright-core')));
    axeSource = fs.readFileSync(path.join(modules, 'axe-core', 'axe.min.js'), 'utf8');
} catch (error) {
    console.log(`FAIL: playwright-core and axe-core are missing in ${modules} (see .ci/setup): ${error.message}`);
    process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(executablePath)) {
    console.log(`FAIL: no Chromium at ${executablePath} (Debian's chromium, see .ci/setup)`);
    process.exit(2);
}

(async () => {
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
    // Two tabs at a phone's width, each taking the next page: the markup is the same at any width, and a narrow
    // screen is where reflow breaks and where a wide table's box must scroll (and so be reachable by keyboard).
    const queue = [];
    for (const folder of folders)
        for (const name of fs.readdirSync(folder).filter((name) => name.endsWith('.html')).sort())
            queue.push({ folder, name });
    let pages = 0;
    let problems = 0;
    const check = async (page, { folder, name }) => {
        const where = path.join(path.basename(folder), name);
        await page.goto('file://' + path.resolve(folder, name));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) {
            console.log(`${where}: reflow: ${overflow} px wider than a 320 px screen`);
            ++problems;
        }
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(() =>
            window.axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            }));
        for (const violation of result.violations) {
            for (const node of violation.nodes) {
                console.log(`${where}: ${violation.id} (${violation.impact}): ${violation.help}: ${node.target.join(' ')}`);
                ++problems;
            }
        }
        ++pages;
    };
    const worker = async () => {
        const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
        for (let next = queue.shift(); next; next = queue.shift())
            await check(page, next);
        await page.close();
    };
    await Promise.all([worker(), worker()]);
    await browser.close();
    console.log(`${pages} pages checked with axe-core ${JSON.parse(fs.readFileSync(path.join(modules, 'axe-core', 'package.json'))).version}; ${problems} problem(s)`);
    process.exit(problems === 0 && pages > 0 ? 0 : 1);
})().catch((error) => {
    console.log(`FAIL: ${error.stack || error}`);
    process.exit(2);
});
