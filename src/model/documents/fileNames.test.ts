import { numberedFileName, safeFileName } from './fileNames';

describe('safeFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('Toetsplan 2026 (concept).docx')).toBe('Toetsplan 2026 (concept).docx');
    expect(safeFileName('Begroting € 2026 – versie 2.xlsx')).toBe('Begroting € 2026 – versie 2.xlsx');
  });

  it('replaces the characters SharePoint refuses', () => {
    expect(safeFileName('a:b*c?"d<e>f|g/h\\i.pdf')).toBe('a_b_c__d_e_f_g_h_i.pdf');
    expect(safeFileName('tab\there.txt')).toBe('tab_here.txt');
  });

  it('drops leading and trailing dots and spaces, lock-file prefixes and _vti_', () => {
    expect(safeFileName('  .verborgen.txt. ')).toBe('verborgen.txt');
    expect(safeFileName('~$Plan.docx')).toBe('Plan.docx');
    expect(safeFileName('my_vti_file.txt')).toBe('myvtifile.txt');
  });

  it('shortens long names before the extension', () => {
    const name = safeFileName(`${'lang '.repeat(100)}.pptx`);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('lang.pptx')).toBe(true);
  });

  it('names a file that would have no name', () => {
    expect(safeFileName('...')).toBe('upload');
    expect(safeFileName('')).toBe('upload');
    expect(safeFileName('???.pdf')).toBe('___.pdf');
  });
});

describe('numberedFileName', () => {
  it('numbers before the extension, as Teams does for a name that is taken', () => {
    expect(numberedFileName('Plan.docx', 0)).toBe('Plan.docx');
    expect(numberedFileName('Plan.docx', 1)).toBe('Plan (1).docx');
    expect(numberedFileName('Plan.v2.docx', 12)).toBe('Plan.v2 (12).docx');
    expect(numberedFileName('README', 2)).toBe('README (2)');
  });
});
