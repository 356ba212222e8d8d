import { describe, expect, it } from 'vitest';
import { decompound, morphemes, normalizeWord, queryTerms, searchDocument, tokenize } from './search-text';

describe('normalizeWord', () => {
  it('folds case, ß, umlauts and other diacritics, and keeps letters and digits only', () => {
    expect(normalizeWord('Straße')).toBe('strasse');
    expect(normalizeWord('MÄDCHEN')).toBe('madchen');
    expect(normalizeWord('Förderung')).toBe('forderung');
    expect(normalizeWord('Übergang')).toBe('ubergang');
    expect(normalizeWord('Café-Treff!')).toBe('cafetreff');
    expect(normalizeWord('Łódź')).toBe('lodz');
    expect(normalizeWord('U3')).toBe('u3');
    expect(normalizeWord('ẞ')).toBe('ss');
  });

  it('treats decomposed umlauts like composed ones', () => {
    expect(normalizeWord('Ma\u0308dchen')).toBe(normalizeWord('Mädchen'));
  });

  it('keeps letters of other scripts, but never spaces or tsquery operators', () => {
    expect(normalizeWord('Допомога')).toBe('допомога');
    expect(normalizeWord("a&b|c!d:*(e)'f\\g")).toBe('abcdefg');
  });
});

describe('tokenize', () => {
  it('splits on everything that is not a letter or digit and drops one-letter words', () => {
    expect(tokenize('Kinder- und Jugendhilfe: Mädchentreff (ab 10 J.), E-Mail')).toEqual(['kinder', 'und', 'jugendhilfe', 'madchentreff', 'ab', '10', 'mail']);
  });

  it('does not split a word written with combining marks', () => {
    expect(tokenize('Mu\u0308tterzentrum Su\u0308d')).toEqual(['mutterzentrum', 'sud']);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' -- !! ')).toEqual([]);
  });
});

describe('decompound', () => {
  it.each([
    ['erziehungsberatungsstelle', ['erziehung', 'beratung', 'stelle']],
    ['suchtberatung', ['sucht', 'beratung']],
    ['fussballverein', ['fussball', 'verein']],
    ['kinderschutzbund', ['kinder', 'schutz']],
    ['hausaufgabenhilfe', ['hausaufgaben', 'hilfe']],
    ['familienzentrum', ['familien', 'zentrum']],
    ['migrationsberatung', ['migration', 'beratung']],
    ['krabbelgruppe', ['krabbel', 'gruppe']],
    ['schwimmkurs', ['schwimm', 'kurs']],
    ['schuldnerberatung', ['schuldner', 'beratung']],
    ['gesundheitszentrum', ['gesundheit', 'zentrum']],
    ['familienbildungsstatte', ['familien', 'bildung', 'statte']],
    ['fruhforderstelle', ['fruh', 'forder', 'stelle']],
  ])('splits %s', (word, parts) => {
    expect(decompound(word)).toEqual(expect.arrayContaining(parts));
  });

  it('accepts the Fugen-n or the plural stem for Straßen-', () => {
    const parts = decompound('strassensozialarbeit');
    expect(parts).toEqual(expect.arrayContaining(['sozial', 'arbeit']));
    expect(parts.includes('strasse') || parts.includes('strassen')).toBe(true);
  });

  it('adds the right-hand compounds, the head of a German compound being last', () => {
    expect(decompound('erziehungsberatungsstelle')).toContain('beratungsstelle');
    expect(decompound('strassensozialarbeit')).toContain('sozialarbeit');
    expect(decompound('waldkindergarten')).toEqual(['wald', 'kinder', 'garten', 'kindergarten']);
  });

  it('splits a listed compound into its own parts as well', () => {
    expect(decompound('hausaufgabenhilfe')).toEqual(['hausaufgaben', 'haus', 'aufgaben', 'hilfe']);
    expect(decompound('jugendhilfe')).toEqual(['jugend', 'hilfe']);
  });

  it('reads endings after the last part: plural, genitive, feminine', () => {
    expect(decompound('beratungsstellen')).toEqual(['beratung', 'stelle']);
    expect(decompound('kinderschutzbundes')).toEqual(expect.arrayContaining(['kinder', 'schutz', 'bund']));
    expect(decompound('schulsozialarbeiterinnen')).toEqual(expect.arrayContaining(['schul', 'sozial', 'arbeit']));
  });

  it('keeps an unknown remainder of three letters or more at either end, without reporting it', () => {
    expect(decompound('mehrgenerationenhaus')).toEqual(['generation', 'haus', 'generationenhaus']);
    expect(decompound('hausmeister')).toEqual(['haus']);
  });

  it('returns nothing for words that are no compound of known parts', () => {
    const words = ['beratung', 'kinder', 'spielen', 'erzieherinnen', 'gesundheit', 'nachhilfe', 'integration', 'normal', 'xyz', ''];
    for (const word of words) {
      expect(decompound(word), word).toEqual([]);
    }
  });

  it('does not take a derivation for a compound', () => {
    for (const word of ['kindheit', 'sportlich', 'spielerisch', 'elternschaft']) expect(decompound(word), word).toEqual([]);
  });

  it('never returns the word itself, nor a part shorter than four letters', () => {
    for (const word of ['jugendamt', 'elternrat', 'sportverein', 'treffpunkt', 'spielplatz', 'kindergarten']) {
      const parts = decompound(word);
      expect(parts, word).not.toContain(word);
      expect(parts.filter((part) => part.length < 4), word).toEqual([]);
    }
    expect(decompound('jugendamt')).toEqual(['jugend']);
  });

  it('has a curated list of at least 200 normalized parts', () => {
    expect(morphemes.size).toBeGreaterThanOrEqual(200);
    expect([...morphemes].filter((m) => m !== normalizeWord(m) || m.length < 3)).toEqual([]);
  });
});

describe('searchDocument', () => {
  const document = searchDocument({
    name: 'Erziehungsberatungsstelle Nord',
    alternateName: 'EB Nord',
    keywords: ['Trennung', 'Scheidung'],
    description: 'Beratung für Eltern und Jugendliche. Auch Straßensozialarbeit.',
    topics: ['Beratung', 'Erziehungsberatung'],
    organization: 'Diakonisches Werk',
  });

  it('weights name, then topics, keywords and organisation, then description, keeping the original text', () => {
    // Normalized words, as the query is: the stemmer then treats "é", "ß" and umlauts alike on PGlite and PostgreSQL.
    expect(document.weighted.A).toBe('erziehungsberatungsstelle nord eb nord');
    expect(document.weighted.B).toBe('beratung erziehungsberatung trennung scheidung diakonisches werk');
    expect(document.weighted.C).toBe('beratung eltern und jugendliche auch strassensozialarbeit');
  });

  it('puts the normalized, distinct parts of compounds of every field in D', () => {
    const parts = document.weighted.D.split(' ');
    expect(parts).toEqual(expect.arrayContaining(['erziehung', 'beratung', 'stelle', 'beratungsstelle', 'sozial', 'arbeit']));
    expect(new Set(parts).size).toBe(parts.length);
    expect(document.weighted.D).toMatch(/^[a-z ]+$/);
  });

  it('lists every distinct normalized word and part as the vocabulary', () => {
    expect(document.words).toEqual(expect.arrayContaining(['erziehungsberatungsstelle', 'nord', 'strassensozialarbeit', 'diakonisches', 'beratungsstelle', 'sozial']));
    expect(new Set(document.words).size).toBe(document.words.length);
    expect(document.words.every((word) => word === normalizeWord(word))).toBe(true);
  });

  it('drops stop words that only the normalization hides from the stemmer', () => {
    expect(queryTerms('Beratung für Mütter über Trennung')).toEqual(['beratung', 'mutter', 'trennung']);
  });

  it('copes with missing optional fields', () => {
    expect(searchDocument({ name: 'Jugendtreff', alternateName: null, description: null, organization: null })).toEqual({
      weighted: { A: 'jugendtreff', B: '', C: '', D: 'jugend treff' },
      words: ['jugendtreff', 'jugend', 'treff'],
    });
  });
});

describe('queryTerms', () => {
  it('normalizes, removes repeats and keeps at most eight terms', () => {
    expect(queryTerms('Mädchen MÄDCHEN madchen Treff')).toEqual(['madchen', 'treff']);
    expect(queryTerms('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10')).toEqual(['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7', 'h8']);
    expect(queryTerms('  ')).toEqual([]);
  });

  it('yields terms that are safe inside a tsquery and a text[] literal', () => {
    for (const term of queryTerms(`Kita's "Sonnenschein" & (Hort) | !Krippe :* {a,b} \\ x`)) expect(term).toMatch(/^[\p{L}\p{Nd}]+$/u);
  });
});
