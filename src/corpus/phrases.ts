// Stock diplomatic phrasing with no names in it: what officials "said", and background lines.
// Names are added by the writer through the gold recorder, never here.

export const clauses = [
  'China-Russia relations are at their best level in history',
  'the two sides should deepen practical cooperation in energy, trade, agriculture and connectivity',
  'the comprehensive strategic partnership of coordination for the new era has maintained sound momentum',
  'both sides should implement the important consensus reached by the two heads of state',
  'bilateral trade has kept growing despite a turbulent external environment',
  'the two countries should firmly support each other on issues concerning their core interests',
  'cooperation in artificial intelligence, the digital economy and green development holds great potential',
  'people-to-people and cultural exchanges should be expanded, especially among young people',
  'the two sides should strengthen coordination in multilateral affairs and uphold genuine multilateralism',
  'the two militaries should deepen strategic mutual trust and jointly safeguard regional stability',
  'local cooperation between border regions has become an important engine of bilateral ties',
  'the two sides should make good use of existing dialogue mechanisms at every level',
  'cross-border transport infrastructure and logistics should be upgraded further',
  'mutual investment should be expanded and the business environment further improved',
  'the two countries share a correct historical perspective on World War II',
  'his country is ready to work with the other side to deliver more results in bilateral cooperation',
  'exchanges between the legislative bodies of the two countries provide a legal guarantee for cooperation',
  'the two parties should strengthen exchanges of experience in governance',
  'no external interference can shake the friendship between the two peoples',
  'the two countries should expand cooperation in science, technology and space exploration',
  'energy cooperation remains the ballast stone of practical cooperation between the two sides',
  'the two sides should jointly oppose unilateralism and protectionism',
  'tourism between the two countries has recovered strongly and should keep growing',
  'education and health cooperation have broad prospects',
];

export const actions = [
  'strengthen coordination', 'deepen cooperation', 'maintain close communication', 'promote connectivity',
  'enhance security cooperation', 'expand trade in local currencies',
];

export const topics = [
  'bilateral cooperation', 'trade and investment', 'strategic coordination', 'regional security',
  'energy cooperation', 'people-to-people exchanges', 'connectivity', 'parliamentary exchanges',
];

export const closingLines = [
  (n: number) => `China has been Russia's largest trading partner for ${n} consecutive years.`,
  (n: number) => `Bilateral trade reached ${n * 8 + 100}.${n % 10} billion U.S. dollars last year, according to official figures.`,
  (n: number) => `The two countries share a border of more than 4,300 km, and ${n} border crossings are now open.`,
  (n: number) => `More than ${n * 10} cooperation documents have been signed between the two sides since the start of the year.`,
];

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
