import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectLegacyVietnameseEncoding,
  encodeLegacyVietnamese,
  LEGACY_ENCODING_NAMES,
  legacyEncodingMessage,
  legacyEncodingName,
  legacyEncodingOfFont,
  measureLegacyVietnamese,
} from './legacy-encoding.ts';

const SEEDS = new URL('../../server/db/seed/plans/', import.meta.url);
const seeds = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(new URL(name, SEEDS), 'utf8') }));

const FRENCH =
  "Le ministère de l'Éducation nationale a publié où et quand les élèves passeront l'épreuve. " +
  "Après la réunion, le maïs et le goût du café ont été évoqués à l'aéroport de Noël; les enseignants ont continué " +
  "à préparer la rentrée. « Bonjour », dit la directrice de l'école, qui a salué chaque famille. Août coûte cher.";
const ENGLISH = 'Microsoft® Word© is used by the Department; see § 3. The naïve café résumé was 25°C, ½ done — “quoted” text…';
const OTHERS =
  'El niño de España comió piña aún en la mañana con Raúl. Köln ist schön, Grüße aus München und Bärlin. ' +
  'São Paulo: ação, não, saúde e conteúdo. Bjørn bor i Århus og Ærø.';

describe('encodeLegacyVietnamese', () => {
  it('writes TCVN3 as its codes read in Latin-1', () => {
    expect(encodeLegacyVietnamese('Hà Nội', 'TCVN3')).toBe('Hµ Néi');
    expect(encodeLegacyVietnamese('Giáo dục và Đào tạo', 'TCVN3')).toBe('Gi¸o dôc vµ §µo t¹o');
    expect(encodeLegacyVietnamese('bình đẳng giới', 'TCVN3')).toBe('b×nh ®¼ng giíi');
    // Capitals with a tone have no code: .VnTimeH draws the small letters' codes as capitals.
    expect(encodeLegacyVietnamese('KẾ HOẠCH', 'TCVN3')).toBe('KÕ HO¹CH');
  });

  it('writes VNI as a letter followed by its marks', () => {
    expect(encodeLegacyVietnamese('Giáo dục và Đào tạo', 'VNI')).toBe('Giaùo duïc vaø Ñaøo taïo');
    expect(encodeLegacyVietnamese('bình đẳng giới', 'VNI')).toBe('bình ñaúng giôùi');
    expect(encodeLegacyVietnamese('Việt Nam', 'VNI')).toBe('Vieät Nam');
    expect(encodeLegacyVietnamese('được người KẾ HOẠCH kỹ ỵ', 'VNI')).toBe('ñöôïc ngöôøi KEÁ HOAÏCH kyõ î');
  });

  it('reads decomposed (NFD) input as the same letters', () => {
    expect(encodeLegacyVietnamese('Hà Nội'.normalize('NFD'), 'TCVN3')).toBe('Hµ Néi');
  });
});

describe('detectLegacyVietnameseEncoding', () => {
  it('recognises TCVN3 text', () => {
    expect(detectLegacyVietnameseEncoding('Gi¸o dôc vµ §µo t¹o Hµ Néi tæ chøc héi nghÞ vÒ b×nh ®¼ng giíi')).toBe('TCVN3');
    expect(detectLegacyVietnameseEncoding('KÕ ho¹ch triÓn khai c«ng t¸c v× sù tiÕn bé cña phô n÷ n¨m 2025')).toBe('TCVN3');
  });

  it('recognises VNI text', () => {
    expect(detectLegacyVietnameseEncoding('Sôû Giaùo duïc vaø Ñaøo taïo Haø Noäi toå chöùc hoäi nghò veà bình ñaúng giôùi')).toBe('VNI');
    expect(detectLegacyVietnameseEncoding('Keá hoaïch trieån khai coâng taùc vì söï tieán boä cuûa phuï nöõ, Vieät Nam')).toBe('VNI');
  });

  it.each(seeds)('finds no legacy encoding in the Unicode seed $name, composed or decomposed', ({ text }) => {
    expect(detectLegacyVietnameseEncoding(text)).toBeNull();
    expect(detectLegacyVietnameseEncoding(text.normalize('NFD'))).toBeNull();
    expect(measureLegacyVietnamese(text)).toMatchObject({ tcvn3: 0, vni: 0 });
  });

  it.each(seeds)('recognises the seed $name typed in TCVN3 and in VNI', ({ text }) => {
    expect(detectLegacyVietnameseEncoding(encodeLegacyVietnamese(text, 'TCVN3'))).toBe('TCVN3');
    expect(detectLegacyVietnameseEncoding(encodeLegacyVietnamese(text, 'VNI'))).toBe('VNI');
  });

  it('recognises a single legacy line of a seed', () => {
    const line = 'Tăng cường công tác thông tin, tuyên truyền, phổ biến, giáo dục pháp luật tại các cơ sở giáo dục mầm non.';
    expect(detectLegacyVietnameseEncoding(encodeLegacyVietnamese(line, 'TCVN3'))).toBe('TCVN3');
    expect(detectLegacyVietnameseEncoding(encodeLegacyVietnamese(line, 'VNI'))).toBe('VNI');
  });

  it.each([
    ['French', FRENCH],
    ['English with symbols', ENGLISH],
    ['Spanish, German, Portuguese, Danish', OTHERS],
    ['plain ASCII', 'Ke hoach so 12/KH-PGDDT ngay 15/3/2025'],
    ['numbers only', '1.234,5 - 2025 - 06/CTr'],
    ['empty', ''],
  ])('leaves %s alone', (_, text) => {
    expect(detectLegacyVietnameseEncoding(text)).toBeNull();
  });

  it('is not fooled by a French text dense with VNI-like pairs', () => {
    const dense = "Là où je suis né, le maïs pousse. Le goût du café à l'aéroport; Noël à Haïti. L'hôpital est sur la côte. Août coûte cher. Naïf et égoïste.";
    expect(measureLegacyVietnamese(dense).vni).toBeGreaterThan(3);
    expect(detectLegacyVietnameseEncoding(dense)).toBeNull();
  });

  it('leaves Unicode Vietnamese with French quotes and symbols alone', () => {
    expect(detectLegacyVietnameseEncoding('Phát động «Tháng hành động vì bình đẳng giới» năm 2025 — Microsoft® Word, nhiệt độ 25°C.')).toBeNull();
  });

  it('needs only one tell-tale word when the fonts already point to the encoding', () => {
    const text = 'Ke hoach so 12 trien khai cong tac binh dang gioi nam hoc moi tai Hµ Noi';
    expect(detectLegacyVietnameseEncoding(text)).toBeNull();
    expect(detectLegacyVietnameseEncoding(text, { suspected: 'TCVN3' })).toBe('TCVN3');
    expect(detectLegacyVietnameseEncoding('Ke hoach nam hoc moi tai Haø Noi', { suspected: 'VNI' })).toBe('VNI');
  });

  it('keeps Unicode Vietnamese even when the fonts suggest a legacy encoding', () => {
    expect(detectLegacyVietnameseEncoding(seeds[0]!.text, { suspected: 'TCVN3' })).toBeNull();
    expect(detectLegacyVietnameseEncoding(seeds[0]!.text, { suspected: 'VNI' })).toBeNull();
  });
});

describe('fonts, names and the message', () => {
  it.each([
    ['.VnTime', 'TCVN3'],
    ['.VnTimeH', 'TCVN3'],
    ['.VnArial NarrowH', 'TCVN3'],
    ['VNI-Times', 'VNI'],
    ['VNI-Helve', 'VNI'],
    ['Times New Roman', null],
    ['Arial', null],
    ['Vni', null],
  ])('%s → %s', (font, encoding) => {
    expect(legacyEncodingOfFont(font)).toBe(encoding);
  });

  it('names the encodings as users know them', () => {
    expect(LEGACY_ENCODING_NAMES).toEqual({ TCVN3: 'bảng mã TCVN3 (ABC)', VNI: 'bảng mã VNI' });
    expect(legacyEncodingName('VNI')).toBe('bảng mã VNI');
  });

  it('says which encoding and how to convert it with Unikey', () => {
    const message = legacyEncodingMessage('TCVN3', 'Văn bản đã dán');
    expect(message).toMatch(/^Văn bản đã dán được gõ bằng bảng mã TCVN3 \(ABC\)/);
    expect(message).toContain('Unikey');
    expect(message).toContain('Chuyển mã');
    expect(message).toContain('Nguồn "TCVN3 (ABC)"');
    expect(message).toContain('Đích "Unicode"');
    expect(legacyEncodingMessage('VNI', 'Tệp "a.docx"')).toContain('Nguồn "VNI Windows"');
  });
});
