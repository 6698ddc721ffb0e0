import Mocha from "mocha";

/**
 * Mocha's spec reporter plus one plain closing line, "N passed, N failed", that CI systems and
 * people read alike, for unit and integration runs.
 */
class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const stats = runner.stats;
      const skipped = stats?.pending ? `, ${stats.pending} skipped` : "";
      console.log(`${process.env.TAILOR_SUITE_NAME ?? "tests"}: ${stats?.passes ?? 0} passed, ${stats?.failures ?? 0} failed${skipped}`);
    });
  }
}

export = SpecWithSummary;
