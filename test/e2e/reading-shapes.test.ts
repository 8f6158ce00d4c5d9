/**
 * Issue 8, document shapes beyond the template (built CLI): headings written as a bold line or
 * in capitals, numbered paragraphs ("2.3 Kategori: …") and run-in headings ("1.1 Formål. …"),
 * the owner stated in a sentence ("Systemägare är Kulturnämnden.", "Projektet ejes af …"),
 * follow-up metrics written as lines and bullets led by their perspective, and a focus area
 * named among sentences that explain it. Facts are found where the author put them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runBuilt, tempDir, writeTree } from '../helpers/ci-run.js';

interface Message {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
}

let dir: string;
beforeAll(() => {
  dir = tempDir('reading-shapes');
  writeTree(dir, {
    'bold.md':
      '**BESLUTSUNDERLAG – BOKNING AV IDROTTSHALLAR**\n\nKultur- och fritidsförvaltningen\n\n**1. Ärendet**\n\n1.1 Föreningarna bokar i dag hallar per telefon.\n\n1.2 Systemägare är Kulturnämnden. Systemägarrepresentant är avdelningschef Per Ek.\n\n**2. Koppling till mål, fokusområde och kategori**\n\n2.1 Bokningen bidrar till kommunfullmäktiges inriktningsmål 1.\n\n2.2 Fokusområde 1 – tillgänglighet och service för medborgare, företagande och besök.\n\n2.3 Kategori: grundläggande. Systemet ska användas i minst tio år och finansieras ur förvaltningens linjebudget.\n\n**3. Uppföljning**\n\n3.1 Extern nytta: andel bokningar som görs digitalt (objektiv), från 20 % till 90 %.\n3.2 Intern nytta: antal samtal per vecka (objektiv, stickprov),\nfrån 300 till 50.\n3.3 It-mognad: andel föreningar med e-legitimation (objektiv), mål 95 %.\n3.4 It-kostnad: it-kostnad per bokning (objektiv), mål under 5 kr.\n3.5 It-kvalitet: föreningarnas nöjdhet (subjektiv, enkät), från 3 till 4.\n',
    'caps.md':
      '# Booking af haller\n\nPROJEKTEJER\n\nProjektet ejes af Kultur og Fritid, som også står for driften.\n\nOPFØLGNING\n\n- Ekstern nytte: andel digitale bookinger (objektiv), fra 20 % til 90 %\n- Intern nytte – antal opkald per uge (objektiv), fra 300 til 50\n',
    'runin.md':
      '# Prosjektplan: Digital vaktbytte\n\n1.1 Formål. Prosjektet skal gi de ansatte en app for vaktbytte.\n\n1.2 Eier. Prosjekteier er kommunalsjef Kari Nordmann, Helse og omsorg.\n\n1.3 Oppfølging. Vi følger opp slik:\n\n- Ekstern nytte: andel vaktbytter uten telefon (objektiv), fra 10 % til 80 %\n- Intern nytte: timer brukt på vaktbytte per uke (objektiv), fra 40 til 10\n',
    'prose.md':
      "# Hall booking\n\n## Focus areas\n\nThe booking supports the council's goal of an accessible city.\n\nAccessibility and service for citizens, businesses and visitors.\n\n## Owner\n\nProject owner is Anna Berg, Head of Culture and Leisure.\n",
    'span-da.md':
      '# Chatbot-pilot\n\nKategori: innovativ\n\nProjektet løber fra 1. marts til 31. december 2027, hvorefter chatbotten lukkes.\n\nAfviklingsplan: Chatbotten lukkes efter piloten.\n',
    'span-sv.md':
      '# Chattbot\n\nKategori: innovativ\n\nAvvecklingsplan: Chattboten stängs efter piloten.\n\n## Tidplan\n\nPiloten genomförs 2027-02-01–2027-05-31.\n',
    'span-nb.md': '# Chatbot\n\nKategori: innovativ\n\nAvviklingsplan: Chatboten stenges etter piloten.\n\nGevinstene regnes over perioden 2027–2031.\n',
    'through.md':
      '# Planering i hemtjänsten\n\n**Systemägare:** Äldrenämnden, genom systemägarrepresentant förvaltningschef Lena Sjöberg, äldreförvaltningen\n',
    'through.yaml':
      'title: Home care planning\nlanguage: en\nowner: The Elderly Care Committee, represented by Head of Elderly Care Lena Berg, Elderly Care Department\n',
    'focus-sv.md':
      '# Felanmälan\n\n## Koppling till mål\n\nVision 2030 och inriktningsmål 1. Fokusområde 1 och 4\n(medborgarservice; informationsutbyte med entreprenörer). Kategori: differentierande.\n',
    'focus-en.md':
      '# Preschool applications\n\n## Purpose\n\nThe project supports council goal 2. Focus area 1 (accessibility and service for citizens) and focus area 4 (collaboration) are developed.\n',
    'focus-none.md': '# Preschool applications\n\n## Purpose\n\nThe project supports council goal 2 and focus area 9.\n',
    'body-sv.md':
      '# Felanmälan\n\n## SYSTEMÄGARE\n\nTrafiknämnden (beslut 2026-11-19 § 16, ansvar och förvaltningskostnader accepterade).\nSystemägarrepresentant: avdelningschef Per Holm, trafikkontoret.\n',
    'body-en.md':
      '# Fault reports\n\n## System owner\n\nThe Traffic Committee (decision 2026-11-19 § 16 to accept the responsibility and costs).\nSystem owner representative: Head of Unit Per Holm.\n',
  });
});
afterAll(() => removeDir(dir));

function findings(file: string, strategy: string, rules: string[]): string[] {
  const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
  const [result] = JSON.parse(run.stdout) as { messages: Message[] }[];
  return result!.messages
    .filter((message) => rules.includes(message.ruleId))
    .map((message) => `${message.ruleId}/${message.messageId}@${message.line}:${message.column}`);
}

const READ = ['schema', 'single-owner', 'focus-area', 'it-category', 'follow-up-perspectives', 'description'];

describe('headings without heading markup', () => {
  it('sv: a bold title, bold numbered headings and numbered paragraphs are read as a reviewer reads them', () => {
    // Owner in a sentence (1.2), focus area by its number among explaining sentences (2.2), the
    // category as a label line after its paragraph number (2.3), five metrics as numbered lines.
    expect(findings('bold.md', 'stockholm', [...READ, 'it-category'])).toEqual([]);
  });
  it('da: capitals headings, the owner in a passive sentence, metrics as bullets', () => {
    expect(findings('caps.md', 'stockholm', ['single-owner', 'follow-up-perspectives'])).toEqual(['follow-up-perspectives/missingPerspectives@7:1']);
  });
  it('nb: numbered paragraphs with run-in headings ("1.1 Formål. …")', () => {
    expect(findings('runin.md', 'stockholm', ['single-owner', 'description', 'follow-up-perspectives'])).toEqual([
      'follow-up-perspectives/missingPerspectives@7:5',
    ]);
  });
});

describe('values among sentences', () => {
  it('en: a focus area named in its section after a sentence about the goal', () => {
    expect(findings('prose.md', 'stockholm', ['schema', 'focus-area', 'single-owner'])).toEqual([]);
  });
});

describe('a project period stated in a sentence', () => {
  it('da: "løber fra 1. marts til 31. december 2027" is the schedule, its end where it is written', () => {
    expect(findings('span-da.md', 'stockholm', ['it-category'])).toEqual(['it-category/tooLong@5:34']);
  });
  it('sv: "Piloten genomförs 2027-02-01–2027-05-31" under "Tidplan"', () => {
    expect(findings('span-sv.md', 'stockholm', ['it-category'])).toEqual(['it-category/long@9:30']);
  });
  it('nb: a benefit horizon "over perioden 2027–2031" is no schedule', () => {
    expect(findings('span-nb.md', 'stockholm', ['it-category'])).toEqual(['it-category/noSchedule@3:11']);
  });
});

describe('the one who acts for the owner', () => {
  it('sv Markdown: "Äldrenämnden, genom systemägarrepresentant …, äldreförvaltningen" is one owner', () => {
    expect(findings('through.md', 'stockholm', ['single-owner'])).toEqual([]);
  });
  it('en YAML: "The Elderly Care Committee, represented by …" is one owner', () => {
    expect(findings('through.yaml', 'stockholm', ['single-owner'])).toEqual([]);
  });
});

describe('a numbered value named by its number in a sentence', () => {
  it('sv: "Fokusområde 1 och 4 (…)" in the goals paragraph', () => {
    expect(findings('focus-sv.md', 'stockholm', ['focus-area', 'schema'])).toEqual([]);
  });
  it('en: "Focus area 1 (…) and focus area 4 (…)"', () => {
    expect(findings('focus-en.md', 'stockholm', ['focus-area', 'schema'])).toEqual([]);
  });
  it('en: a number the strategy has no focus area for names none', () => {
    expect(findings('focus-none.md', 'stockholm', ['focus-area'])).toEqual(['focus-area/missing@1:1']);
  });
});

describe('the body that owns, and its representative', () => {
  it('sv: the nämnd on its own line, its decision accepting the costs after it, the representative labelled', () => {
    expect(findings('body-sv.md', 'stockholm', ['system-owner', 'single-owner'])).toEqual([]);
  });
  it('en: "The Traffic Committee (decision … to accept the responsibility and costs)"', () => {
    expect(findings('body-en.md', 'stockholm', ['system-owner', 'single-owner'])).toEqual([]);
  });
});
