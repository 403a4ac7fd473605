/** Fixed name lists the people seed draws from or adds as they are. */

export const SERVICE_ACCOUNTS = [
  ['svc-roosters', 'Roosterkoppeling'],
  ['svc-brightspace', 'Brightspace integratie'],
  ['svc-printing', 'Printservice'],
  ['svc-backup', 'Back-up service'],
  ['svc-osiris', 'Osiris koppeling'],
  ['svc-powerbi', 'Power BI rapportages'],
  ['noreply', 'Hogeschool Kring (no reply)'],
  ['servicedesk', 'Servicedesk ICT']
] as const;

/** Mail domains of the partner organisations guests come from. */
export const PARTNER_DOMAINS = ['partner-mbo.example', 'gemeente.example', 'ziekenhuis.example', 'bureau.example'];

/** Names for the staff with an international background. */
export const INTERNATIONAL_GIVEN = [
  'Aylin',
  'Mohamed',
  'Priya',
  'Chen',
  'Olga',
  'Kwame',
  'Lucía',
  'Youssef',
  'Anika',
  'Mateusz',
  'Sofia',
  'Ravi',
  'Amira',
  'João',
  'Elif'
];
export const INTERNATIONAL_SURNAMES = [
  'Yıldız',
  'El Idrissi',
  'Sharma',
  'Wang',
  'Kowalski',
  'Mensah',
  'García',
  'Benali',
  'Novak',
  'Öztürk',
  'Rossi',
  'Patel',
  'Haddou',
  'Silva',
  'Nguyen'
];
