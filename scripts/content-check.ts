/**
 * `npm run content:check`: validates every content file and prints each problem as
 * `file:line:column message`, so an editor can jump to it. Exits 1 when there is any.
 */
import { loadPractices } from '../src/lib/server/modules/catalogue/load-practices';
import { loadAssessments } from '../src/lib/server/modules/diagnose/load-assessments';
import { loadContent } from '../src/lib/server/modules/guide/load-content';
import { loadRiskTaxonomy } from '../src/lib/server/modules/risks/load-taxonomy';

const dir = process.argv[2] ?? 'content';
const { methods, problems } = await loadContent(dir);
const catalogue = await loadPractices(dir, methods);
problems.push(...catalogue.problems);
const diagnose = await loadAssessments(dir, methods);
problems.push(...diagnose.problems);
const risks = await loadRiskTaxonomy(dir);
problems.push(...risks.problems);
for (const problem of problems) {
	console.error(`${problem.file}:${problem.line}:${problem.column} ${problem.message}`);
}
const steps = methods.reduce((sum, method) => sum + method.steps.length, 0);
const exercises = methods.reduce((sum, method) => sum + method.exercises.size, 0);
console.log(
	`${methods.length} methods, ${steps} steps, ${exercises} exercises, ${catalogue.practices.length} practices, ${diagnose.assessments.length} assessments, ${risks.macroChallenges.reduce((sum, macro) => sum + macro.risks.length, 0)} risks: ${problems.length} problem(s)`
);
process.exitCode = problems.length > 0 ? 1 : 0;
