// Writes a Markdown file with YAML front matter the way the editing form (Sveltia CMS) does: the front matter
// parsed with the `yaml` package and written again with the options Sveltia CMS passes it for `output.yaml` of
// admin/config.yml (two spaces, lists indented, no line folding, text plain unless YAML needs single quotes), then
// the body after a blank line. Changes given as JSON are applied first:
//   node form-format.mjs FILE '[["set", ["status", "progress"], "behind-schedule"], ["push", ["achievements"], "…"]]'
// Prints the file as the form would save it.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const YAML = require('yaml');
const options = { indent: 2, indentSeq: true, lineWidth: 0, defaultKeyType: 'PLAIN', defaultStringType: 'PLAIN', singleQuote: true };

const [file, changes = '[]'] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
if (!match) throw new Error(`${file} has no front matter`);
const data = YAML.parse(match[1]) ?? {};
for (const [action, keys, value] of JSON.parse(changes)) {
  let node = data;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  const last = keys.at(-1);
  if (action === 'set') node[last] = value;
  else if (action === 'push') (node[last] ??= []).push(value);
  else throw new Error(`unknown change ${action}`);
}
const body = match[2].replace(/^\n+/, '').replace(/\s+$/, '');
process.stdout.write(`---\n${YAML.stringify(data, null, options).trim()}\n---\n${body ? `\n${body}\n` : ''}`);
