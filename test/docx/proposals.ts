/** The Danish proposal of the Word tests, varied in the ways Word users write (see twins.ts). */
import type { HeadingStyle, Item } from './twins.js';

export interface Variant {
  headings?: HeadingStyle;
  subheadings?: HeadingStyle;
  title?: HeadingStyle;
  breaks?: boolean;
  owner?: 'labels' | 'control' | 'tracked' | 'two';
  description?: 'text' | 'tracked';
  benefits?: boolean;
  merged?: boolean;
  perspectives?: number;
  solutionsAsBullets?: boolean;
}

const PERSPECTIVES = [
  ['Ekstern nytte', 'Andel opskrivninger, der sker digitalt', 'Objektiv', '0 %', '90 %', '2027-06-30', 'Pladsanvisningssystemet'],
  ['Intern nytte', 'Timer om året til indtastning', 'Objektiv', '800', '80', '2027-12-31', 'Tidsregistrering'],
  ['It-modenhed', 'Andel medarbejdere, der er trygge ved arbejdsgangen', 'Subjektiv', '40 %', '90 %', '2027-06-30', 'Medarbejderundersøgelse'],
  ['It-omkostninger', 'It-udgift pr. opskrivning', 'Objektiv', '95 kr.', '40 kr.', '2027-12-31', 'Økonomisystemet'],
  ['It-kvalitet', 'Oppetid for den digitale opskrivning', 'Objektiv', '99,0 %', '99,5 %', '2027-06-30', 'Driftsrapport'],
];

/** A Danish proposal in the shape of the business-case fixtures, varied in how Word writes it. */
export function proposal(variant: Variant): Item[] {
  const h2 = (heading: string): Item => ({ heading, depth: 2, style: variant.headings ?? 'builtin' });
  const owner: Item[] =
    variant.owner === 'control'
      ? [{ control: ['Navn', 'Mette Jensen'] }, { control: ['Rolle', 'Direktør for Børn og Familie'] }]
      : variant.owner === 'tracked'
        ? [
            { tracked: { before: 'Navn: Mette Jensen', inserted: '', deleted: ' og Lars Holm', after: '' } },
            { labels: [['Rolle', 'Direktør for Børn og Familie']] },
          ]
        : [
            {
              labels: [
                ['Navn', variant.owner === 'two' ? 'Mette Jensen og Lars Holm' : 'Mette Jensen'],
                ['Rolle', 'Direktør for Børn og Familie'],
                ['Enhed', 'Direktørområde Børn og Familie'],
                ['Accepteret ansvar', 'Ja'],
              ],
              breaks: variant.breaks ?? false,
            },
          ];
  const description =
    'Forældre skriver i dag deres barn op på en PDF-blanket. Projektet indfører digital opskrivning med MitID, data fra CPR og svar i Digital Post.';
  return [
    { heading: 'Digital pladsanvisning i dagtilbud', depth: 1, style: variant.title ?? 'builtin' },
    h2('Projektejer'),
    ...owner,
    h2('Beskrivelse'),
    variant.description === 'tracked'
      ? { tracked: { before: 'Forældre skriver i dag deres barn op på en ', inserted: 'PDF-blanket', deleted: 'papirblanket', after: description.slice(52) } }
      : { text: description },
    h2('Sammenhæng med it-strategien'),
    { text: 'Projektet bruger de fællesoffentlige løsninger til login, data og post og genbruger det pladsanvisningssystem, kommunen har.' },
    h2('Tværgående konsekvenser'),
    { text: 'Borgerservice holder op med at modtage papirblanketter. It-afdelingen overtager driften af en integration til Serviceplatformen.' },
    h2('Fællesoffentlig løsning'),
    ...(variant.solutionsAsBullets
      ? ([{ labels: [['Status', 'Anvendes']] }, { text: 'Løsninger:' }, { bullets: ['MitID', 'Digital Post', 'Serviceplatformen'] }] as Item[])
      : ([
          {
            labels: [
              ['Status', 'Anvendes'],
              ['Løsninger', 'MitID, Digital Post, Serviceplatformen'],
            ],
            breaks: variant.breaks ?? false,
          },
        ] as Item[])),
    h2('Økonomi'),
    {
      labels: [
        ['Valuta', 'DKK'],
        ['Finansiering', 'Digitaliseringspuljen 2026, besluttet af Økonomiudvalget'],
        ['Fordele', 'Forældre kan skrive op døgnet rundt.'],
        ['Ulemper', 'Forældre uden MitID skal hjælpes i Borgerservice.'],
      ],
      breaks: variant.breaks ?? false,
    },
    { heading: 'Omkostninger', depth: 3, style: variant.subheadings ?? 'builtin' },
    {
      rows: [
        ['Post', 'Art', '2026', '2027'],
        ['Konfiguration og integration', 'Investering', '420.000 kr.', ''],
        ['Licens og drift', 'Drift', '60.000 kr.', '80.000 kr.'],
      ],
    },
    ...(variant.benefits === false
      ? []
      : ([
          { heading: 'Gevinster', depth: 3, style: variant.subheadings ?? 'builtin' },
          {
            rows: [
              ['Gevinst', 'Art', '2027', '2028'],
              ['Sparet tid til indtastning', 'Økonomisk', '240.000 kr.', '240.000 kr.'],
              ['Forældre får svar med det samme', 'Kvalitativ', '', ''],
            ],
            ...(variant.merged ? { span: [2, 2] as [number, number] } : {}),
          },
        ] as Item[])),
    h2('Opfølgning'),
    { rows: [['Perspektiv', 'Måltal', 'Metode', 'Udgangspunkt', 'Mål', 'Frist', 'Kilde'], ...PERSPECTIVES.slice(0, variant.perspectives ?? 5)] },
  ];
}

export const VARIANTS: Record<string, Variant> = {
  'built-in-styles': {},
  'localized-and-outline-styles': { title: 'localized', headings: 'outline', subheadings: 'named' },
  'numbered-headings': { headings: 'numbered' },
  'line-breaks': { breaks: true },
  'content-controls': { owner: 'control' },
  'tracked-changes': { owner: 'tracked', description: 'tracked' },
  'merged-cell': { merged: true },
  'two-owners-localized': { owner: 'two', title: 'localized', headings: 'outline' },
  'no-benefits-numbered': { benefits: false, headings: 'numbered', breaks: true },
  'two-perspectives-bullets': { perspectives: 2, solutionsAsBullets: true, owner: 'control' },
};
