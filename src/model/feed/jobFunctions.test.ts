import { JOB_FUNCTION_RULES } from '../../../emulator/sharepoint/seed/jobFunctionRules';
import type { JobFunctionRule } from './InterestGroup';
import { jobFunctionsOf } from './jobFunctions';

const RULES: JobFunctionRule[] = JOB_FUNCTION_RULES.map(([titlePart, jobFunction]) => ({ titlePart, jobFunction }));

describe('jobFunctionsOf', () => {
  it.each(['Hoofddocent', 'Praktijkdocent', 'Docent'])('maps "%s" to Docent', (title) => {
    expect(jobFunctionsOf(title, RULES)).toEqual(['Docent']);
  });

  it('ignores case and extra spaces in the title and in the rule', () => {
    expect(jobFunctionsOf('  HOOFDDOCENT ', RULES)).toEqual(['Docent']);
    expect(jobFunctionsOf('Lid   College  van Bestuur', RULES)).toEqual(['Manager']);
    expect(
      jobFunctionsOf('Financieel adviseur', [{ titlePart: '  FINANCIEEL   Adviseur ', jobFunction: 'Controller' }])
    ).toEqual(['Controller']);
  });

  it('lets the longer part win over a part inside it', () => {
    expect(jobFunctionsOf('Studentendecaan', RULES)).toEqual(['Studentendecaan']);
    expect(jobFunctionsOf('Decaan', RULES)).toEqual(['Manager']);
  });

  it('finds the job function in a longer title', () => {
    expect(jobFunctionsOf('Teamleider Onderwijs', RULES)).toEqual(['Teamleider']);
  });

  it('gives every job function a title names, in rule order', () => {
    expect(jobFunctionsOf('Docent en onderzoeker', RULES)).toEqual(['Docent', 'Onderzoeker']);
    expect(jobFunctionsOf('Lector en teamleider', RULES)).toEqual(['Lector', 'Teamleider']);
  });

  it.each([['Receptionist'], [''], ['   '], [undefined]])('gives no job function for the title %p', (title) => {
    expect(jobFunctionsOf(title, RULES)).toEqual([]);
  });

  it('gives no job function without rules', () => {
    expect(jobFunctionsOf('Docent', [])).toEqual([]);
  });

  it('lists a job function that two rules give only once', () => {
    expect(jobFunctionsOf('Docent-instructeur', RULES)).toEqual(['Docent']);
    expect(
      jobFunctionsOf('Docent', [
        { titlePart: 'docent', jobFunction: 'Docent' },
        { titlePart: 'doc', jobFunction: ' Docent ' }
      ])
    ).toEqual(['Docent']);
  });

  it('ignores rules with an empty part or job function', () => {
    const rules: JobFunctionRule[] = [
      { titlePart: '', jobFunction: 'Iedereen' },
      { titlePart: '   ', jobFunction: 'Iedereen' },
      { titlePart: 'docent', jobFunction: '  ' },
      { titlePart: 'docent', jobFunction: '' },
      { titlePart: 'lector', jobFunction: 'Lector' }
    ];
    expect(jobFunctionsOf('Docent', rules)).toEqual([]);
    expect(jobFunctionsOf('Lector', rules)).toEqual(['Lector']);
  });

  it('does not let an ignored rule with a longer part hide a shorter one', () => {
    const rules: JobFunctionRule[] = [
      { titlePart: 'decaan', jobFunction: 'Manager' },
      { titlePart: 'studentendecaan', jobFunction: '' }
    ];
    expect(jobFunctionsOf('Studentendecaan', rules)).toEqual(['Manager']);
  });

  it('trims the job function it gives', () => {
    expect(jobFunctionsOf('Roostermaker', [{ titlePart: 'roostermaker', jobFunction: '  Roostermaker ' }])).toEqual([
      'Roostermaker'
    ]);
  });
});
