// Ends the jest run with one plain line, "jest: N passed, N failed, N skipped", that CI reads.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`;
		process.stdout.write(`\n${line}\n`);
	}
}
module.exports = SummaryReporter;
