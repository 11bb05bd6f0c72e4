/**
 * The catalog check of the test command: extracts the messages of the code into a scratch folder and
 * compares them with the committed catalogs. It fails on a message the code uses that a catalog lacks,
 * on a message a catalog keeps that the code no longer uses, on an untranslated message, and on a message
 * the two parts of a language's catalog translate differently.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPo } from './read-po.ts';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const committed = join(webRoot, 'src/locales');
const scratch = mkdtempSync(join(tmpdir(), 'catalogs-'));

try {
  cpSync(committed, scratch, { recursive: true });
  const extract = spawnSync('pnpm', ['exec', 'lingui', 'extract', '--clean'], {
    cwd: webRoot,
    env: { ...process.env, LINGUI_CATALOGS: scratch },
    encoding: 'utf8',
  });
  if (extract.status !== 0) throw new Error(`lingui extract failed:\n${extract.stdout}\n${extract.stderr}`);

  const problems: string[] = [];
  // A message both catalog parts of a language hold (see lingui.config.ts) must read the same in each.
  const translations = new Map<string, string>();
  const files = ['', 'pages'].flatMap((folder) =>
    readdirSync(join(committed, folder))
      .filter((name) => name.endsWith('.po'))
      .map((name) => join(folder, name)),
  );
  for (const file of files) {
    const language = basename(file, '.po');
    const inRepo = readPo(readFileSync(join(committed, file), 'utf8'));
    for (const [id, translation] of inRepo) {
      const other = translations.get(`${language}\0${id}`);
      if (other !== undefined && other !== translation) problems.push(`${file}: "${id}" translated two ways in ${language}`);
      translations.set(`${language}\0${id}`, translation);
    }
    const fromCode = readPo(readFileSync(join(scratch, file), 'utf8'));
    for (const id of fromCode.keys()) if (!inRepo.has(id)) problems.push(`${file}: missing message "${id}"`);
    for (const id of inRepo.keys()) if (!fromCode.has(id)) problems.push(`${file}: unused message "${id}"`);
    if (language === 'en') continue;
    for (const [id, translation] of inRepo) if (!translation) problems.push(`${file}: untranslated "${id}"`);
  }
  if (problems.length > 0) {
    console.error(
      `${problems.join('\n')}\n\n${problems.length} catalog problem(s). Run "pnpm --filter @composer/web i18n:extract", then translate.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`Catalogs: every message of the code is in en, fr, it, de and es, translated, and none is unused.`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
