/**
 * The parts of the districts by who held them and since when (dates: the 10 Nov 2020 statement and the
 * announcements of the war, see data/README.md), each with the recipe that cuts it from the sources
 * (controlAreas.ts, districtParts.ts).
 */
import type { DistrictProps } from '../schema.ts';

/** How a part is cut: from a Natural Earth rayon (west or east of the 1994 line), or from the NKAO ground taken in the fighting. */
export type Recipe = { from: 'rayon'; adm1: string[]; side: 'west' | 'east' } | { from: 'taken-south'; inside: 'shusha' | 'not-shusha' } | { from: 'taken-north' };

export interface PartFact extends Omit<DistrictProps, 'kind' | 'approximate' | 'source' | 'precisionKm'> {
  recipe: Recipe;
}

const SCHEDULE = 'q-handover-schedule';
const WAR = ['q-seven-regions', 'q-operation'];
const CEASEFIRE = '1994-05-12';
const HELD_BASIS = 'Held by Azerbaijan throughout: east of the 1994 ceasefire line (in force from 12 May 1994).';
const captured = (town: string) => `The date Azerbaijan announced it had taken the town of ${town}; the rest of the part came under its control around then.`;
const HELD_NOTE = 'The quotations concern the district as a whole; this part was not among the ground that changed hands in 2020.';

const AGHDAM = { names: { az: 'Ağdam', hy: 'Ակնա', ru: 'Агдам' }, adm1: ['AZE-1691'] };
const FUZULI = { names: { az: 'Füzuli', ru: 'Физули' }, adm1: ['AZE-1702'] };
const rayon = (adm1: string[], side: 'west' | 'east' = 'west'): Recipe => ({ from: 'rayon', adm1, side });

export const PARTS: PartFact[] = [
  {
    id: 'aghdam-2020',
    district: 'aghdam',
    recipe: rayon(AGHDAM.adm1),
    name: 'Aghdam district (handed over 20 Nov 2020)',
    names: AGHDAM.names,
    quotes: [SCHEDULE, 'q-aghdam-handover'],
    controlSince: '2020-11-20',
    how: 'statement',
    article: 2,
    dateBasis: 'The handover date set by article 2 of the 10 November 2020 statement, kept.',
    story: 'Due under article 2 of the statement by 20 November 2020; Armenian forces withdrew on that day.',
  },
  {
    id: 'aghdam-held-since-1994',
    district: 'aghdam',
    recipe: rayon(AGHDAM.adm1, 'east'),
    name: 'Aghdam district (held by Azerbaijan since 1994)',
    names: AGHDAM.names,
    quotes: ['q-aghdam-handover'],
    controlSince: CEASEFIRE,
    how: 'held-since-1994',
    dateBasis: HELD_BASIS,
    notes: [HELD_NOTE, 'Quzanlı, the district seat since 1993, lies in this part.'],
  },
  {
    id: 'kalbajar',
    district: 'kalbajar',
    recipe: rayon(['AZE-1682']),
    name: 'Kalbajar district',
    names: { az: 'Kəlbəcər', hy: 'Քարվաճառ', ru: 'Кельбаджар' },
    quotes: [SCHEDULE, 'q-kalbajar-postponed', 'q-kalbajar-turmoil', 'q-kalbajar-handover'],
    controlSince: '2020-11-25',
    how: 'statement',
    article: 6,
    dateBasis: 'The date the handover was completed; article 6 of the statement had set 15 November 2020.',
    story: "Article 6 of the statement set 15 November 2020; the handover was completed on 25 November. The analysis attributes the delay to the evacuation of the district's Armenian residents.",
    notes: ["Drawn without the former NKAO land that today's rayon includes (its area is measured in data/README.md): that land was not part of the handover."],
  },
  {
    id: 'lachin',
    district: 'lachin',
    recipe: rayon(['AZE-1735']),
    name: 'Lachin district',
    names: { az: 'Laçın', hy: 'Բերձոր', ru: 'Лачин' },
    quotes: [SCHEDULE, 'q-lachin-handover'],
    controlSince: '2020-12-01',
    how: 'statement',
    article: 6,
    dateBasis: 'The handover date set by article 6 of the 10 November 2020 statement, kept.',
    story: 'Due under article 6 by 1 December 2020 and handed over on that date.',
    notes: [
      'Without the 5 km Lachin corridor and Lachin town (Berdzor), which stayed under the Russian peacekeepers as of the analysis (the town until 26 August 2022).',
      'Natural Earth labels this polygon "Lankaran" (adm1_code AZE-1735).',
    ],
  },
  {
    id: 'shusha',
    district: 'shusha',
    recipe: { from: 'taken-south', inside: 'shusha' },
    name: 'Shusha (Shushi) district, taken in the fighting',
    names: { az: 'Şuşa', hy: 'Շուշի', ru: 'Шуша' },
    quotes: ['q-seven-regions', 'q-shusha-regained', 'q-shusha-strategic'],
    controlSince: '2020-11-08',
    how: 'operation',
    dateBasis: captured('Shusha (Shushi)'),
    story:
      'Azerbaijan announced it had taken the town of Shusha (Shushi) on 8 November 2020, the day before the statement. The analysis sees it as decisive in ending the fighting, the town standing on the supply route into Nagorno-Karabakh.',
    notes: [
      "The part of the district south of the line of contact of 10 November 2020; the corridor road past the town stayed under the Russian peacekeepers, and the district's ground north of the line stayed in the peacekeeping zone.",
    ],
  },
  {
    id: 'hadrut-2020',
    district: 'khojavend',
    recipe: { from: 'taken-south', inside: 'not-shusha' },
    name: 'Hadrut and the south of the former NKAO, taken in the fighting',
    names: { az: 'Hadrut', hy: 'Հադրութ', ru: 'Гадрут' },
    quotes: ['q-seven-regions', 'q-operation'],
    controlSince: '2020-10-09',
    how: 'operation',
    dateBasis:
      "The date Azerbaijan's president announced the taking of Hadrut (9 October 2020); the Armenian side denied it, and third-party reports place the town under Azerbaijani control on 14–15 October. Villages of this area were announced on dates until early November.",
    notes: ['Hadrut\'s date: Aliyev\'s address of 9 October 2020 (top-center.org, "Hadrut operation"; Wikipedia, "Battle of Hadrut").'],
  },
  {
    id: 'talish-sugovushan-2020',
    district: 'tartar',
    recipe: { from: 'taken-north' },
    name: 'Talish and Sukovuşan (Magadiz), taken in the fighting',
    names: { az: 'Talış, Suqovuşan', hy: 'Թալիշ, Մատաղիս', ru: 'Талыш, Суговушан' },
    quotes: ['q-operation', 'q-patrols'],
    controlSince: '2020-10-03',
    how: 'operation',
    dateBasis: 'The date Azerbaijan announced it had taken Sukovuşan (Magadiz) and Talish.',
    notes: ['The northern lobe of the former NKAO around the two villages; today in Tartar district.'],
  },
  {
    id: 'jabrayil',
    district: 'jabrayil',
    recipe: rayon(['AZE-1699']),
    name: 'Jabrayil district',
    names: { az: 'Cəbrayıl', hy: 'Ջրական', ru: 'Джебраил' },
    quotes: WAR,
    controlSince: '2020-10-04',
    how: 'operation',
    dateBasis: captured('Jabrayil'),
  },
  {
    id: 'fuzuli-2020',
    district: 'fuzuli',
    recipe: rayon(FUZULI.adm1),
    name: 'Fuzuli district, taken in the fighting',
    names: FUZULI.names,
    quotes: WAR,
    controlSince: '2020-10-17',
    how: 'operation',
    dateBasis: captured('Fuzuli'),
  },
  {
    id: 'fuzuli-held-since-1994',
    district: 'fuzuli',
    recipe: rayon(FUZULI.adm1, 'east'),
    name: 'Fuzuli district (held by Azerbaijan since 1994)',
    names: FUZULI.names,
    quotes: WAR,
    controlSince: CEASEFIRE,
    how: 'held-since-1994',
    dateBasis: HELD_BASIS,
    notes: [HELD_NOTE, 'Horadiz, where the routes to Nakhchivan start, lies in this part.'],
  },
  {
    id: 'zangilan',
    district: 'zangilan',
    recipe: rayon(['AZE-1740']),
    name: 'Zangilan district',
    names: { az: 'Zəngilan', ru: 'Зангелан' },
    quotes: WAR,
    controlSince: '2020-10-20',
    how: 'operation',
    dateBasis: captured('Zangilan'),
  },
  {
    id: 'qubadli',
    district: 'qubadli',
    recipe: rayon(['AZE-1736']),
    name: 'Qubadli district',
    names: { az: 'Qubadlı', ru: 'Кубатлы' },
    quotes: WAR,
    controlSince: '2020-10-25',
    how: 'operation',
    dateBasis: captured('Qubadli'),
  },
];

/** Natural Earth rayons that lay wholly inside the former NKAO: whatever of them falls outside its outline is line mismatch. */
export const INSIDE_NKAO_ADM1 = ['AZE-1737', 'AZE-5565', 'AZE-1734', 'AZE-1739', 'AZE-4838'];
