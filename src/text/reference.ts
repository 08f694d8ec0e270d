/**
 * The analysis as a reference, for citations made before its text is fetched. A unit test holds these
 * fields equal to data/analysis.md's front matter, so the two cannot drift apart.
 */
export const ANALYSIS = {
  title: 'One Year After the Liberation of Karabakh',
  author: 'Tutku Dilaver',
  publisher: 'Center for Eurasian Studies (AVİM)',
  series: 'Analysis No 2021/29',
  date: '2021-11-12',
  url: 'https://avim.org.tr/en/Analiz/ONE-YEAR-AFTER-THE-LIBERATION-OF-KARABAKH',
  copyright: '© 2009-2024 Center for Eurasian Studies (AVİM) All Rights Reserved',
} as const;
