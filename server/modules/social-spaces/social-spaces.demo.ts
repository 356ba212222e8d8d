import type { DemoContext } from '../../platform/module';
import type { Position } from './geometry';
import { insertSpace } from './social-spaces.queries';

// Five social spaces of a Norderstedt-like demo city. The boundaries are drawn roughly around the real city
// districts and are approximate; the UI says so.
const ring = (...points: Position[]): Position[] => [...points, points[0] as Position];
const source = 'Demo-Daten: ungefähre Grenzen, nicht amtlich';

const spaces = [
  {
    code: 'SR1',
    name: 'Friedrichsgabe',
    colour: '#1b7837',
    population: 12_400,
    description: 'Nordwesten der Stadt: Einfamilienhäuser, Gewerbegebiet, Moorbekgebiet. Familienzentrum seit 2015.',
    ring: ring([9.935, 53.715], [9.985, 53.715], [9.985, 53.742], [9.978, 53.755], [9.948, 53.755], [9.935, 53.738]),
  },
  {
    code: 'SR2',
    name: 'Harksheide',
    colour: '#2166ac',
    population: 21_300,
    description: 'Norden und Nordosten: Schulzentrum Nord, viele junge Familien, Sportvereine.',
    ring: ring([9.985, 53.715], [10.045, 53.715], [10.045, 53.735], [10.038, 53.755], [9.978, 53.755], [9.985, 53.742]),
  },
  {
    code: 'SR3',
    name: 'Garstedt',
    colour: '#b2182b',
    population: 19_800,
    description: 'Südwesten an der Stadtgrenze zu Hamburg: dichter Geschosswohnungsbau, hoher Anteil Alleinerziehender.',
    ring: ring([9.935, 53.715], [9.942, 53.68], [9.955, 53.655], [9.99, 53.655], [9.99, 53.675], [9.99, 53.715]),
  },
  {
    code: 'SR4',
    name: 'Norderstedt-Mitte',
    colour: '#762a83',
    population: 15_600,
    description: 'Stadtzentrum mit Rathaus, Herold-Center und Stadtpark; gute Anbindung, wenig Treffpunkte für Jugendliche.',
    ring: ring([9.99, 53.675], [10.035, 53.675], [10.035, 53.715], [9.99, 53.715]),
  },
  {
    code: 'SR5',
    name: 'Glashütte',
    colour: '#e08214',
    population: 13_100,
    description: 'Osten und Südosten: dörflicher Kern, Neubaugebiete, weite Wege zu Angeboten.',
    ring: ring([9.99, 53.655], [10.06, 53.655], [10.075, 53.69], [10.07, 53.735], [10.045, 53.735], [10.045, 53.715], [10.035, 53.715], [10.035, 53.675], [9.99, 53.675]),
  },
];

export async function seedSocialSpaces(ctx: DemoContext): Promise<void> {
  for (const space of spaces) {
    await insertSpace(ctx.tx, ctx.officeId, {
      code: space.code,
      name: space.name,
      description: space.description,
      boundary: { type: 'Polygon', coordinates: [space.ring] },
      population: space.population,
      colour: space.colour,
      source,
    });
  }
  ctx.log(`Demo: ${spaces.length} Sozialräume (ungefähre Grenzen).`);
}
