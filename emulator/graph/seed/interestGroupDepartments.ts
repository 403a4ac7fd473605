/** Short names for the departments the interest-group catalogue refers to (names as in the organisation). */
export const FOO = 'Faculteit Onderwijs en Opvoeding';
export const FG = 'Faculteit Gezondheid';
export const FT = 'Faculteit Techniek';
export const FBE = 'Faculteit Business en Economie';
export const FMR = 'Faculteit Maatschappij en Recht';
export const FDMCI = 'Faculteit Digitale Media en Creatieve Industrie';
export const ICT = 'Dienst ICT';
export const DOO = 'Dienst Onderwijs en Onderzoek';
export const DSZ = 'Dienst Studentenzaken';
export const HRF = 'Dienst HR en Financiën';
export const BC = 'Bibliotheek en Communicatie';
export const FACULTIES = [FOO, FG, FT, FBE, FMR, FDMCI];
