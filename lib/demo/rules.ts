/**
 * Example state rules for the demo, with citations. They are examples to show how Cleared works,
 * gathered from public sources and simplified: they are not legal advice and may be out of date.
 * The UI says so wherever a rule is shown. Verify with the state medical board.
 */
type Level = "none" | "general" | "telemedicine" | "on_premises" | "direct_visual";
type Outcome = "allowed" | "prohibited" | "conditional" | "not_addressed";

export type DemoRule = {
  state: "CA" | "WA";
  task: string;
  tier?: "ma_c" | "ma_r" | "ma_p";
  outcome: Outcome;
  level: Level;
  supervisorTypes: ("MD" | "DO" | "DPM" | "PA" | "NP" | "CNM")[];
  hours?: number;
  procedures?: number;
  certifications?: string[];
  requiredRecords?: string;
  citation: string;
  sourceUrl: string;
  notes?: string;
  /** When the rule was last checked against its source. */
  verifiedOn: string;
};

const CA_BPC_2069 = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=2069.&lawCode=BPC";
const CA_BPC_2070 = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=2070.&lawCode=BPC";
const CA_CCR_1366 = "https://www.law.cornell.edu/regulations/california/16-CCR-1366";
const CA_CCR_1366_1 = "https://www.law.cornell.edu/regulations/california/16-CCR-1366.1";
const WA_RCW = "https://app.leg.wa.gov/RCW/default.aspx?cite=18.360.050";
const WA_WAC_0010 = "https://app.leg.wa.gov/WAC/default.aspx?cite=246-827-0010";
const WA_WAC_0110 = "https://app.leg.wa.gov/WAC/default.aspx?cite=246-827-0110";

const CA_SUPERVISORS: DemoRule["supervisorTypes"] = ["MD", "DO", "DPM", "PA", "NP", "CNM"];
const WA_SUPERVISORS: DemoRule["supervisorTypes"] = ["MD", "DO", "DPM", "PA", "NP"];
const EXAMPLE = "Example for the demo; verify the current text before relying on it.";
const CA_RECORDS = "Training certificate kept by each employer (16 CCR §1366.1)";

export const DEMO_RULES: DemoRule[] = [
  // California: technical supportive services on a supervisor's specific authorization, with the supervisor on the premises.
  ...["vitals", "patient_history", "exam_preparation", "procedure_assist"].map((task): DemoRule => ({
    state: "CA", task, outcome: "allowed", level: "on_premises", supervisorTypes: CA_SUPERVISORS,
    citation: "Cal. Bus. & Prof. Code §2069; 16 CCR §1366", sourceUrl: CA_CCR_1366, notes: EXAMPLE, verifiedOn: "2026-08-03",
  })),
  { state: "CA", task: "specimens", outcome: "conditional", level: "on_premises", supervisorTypes: CA_SUPERVISORS, citation: "16 CCR §1366(b)", sourceUrl: CA_CCR_1366, notes: EXAMPLE, verifiedOn: "2026-08-03" },
  {
    state: "CA", task: "venipuncture", outcome: "conditional", level: "on_premises", supervisorTypes: CA_SUPERVISORS, hours: 10, procedures: 10, requiredRecords: CA_RECORDS,
    citation: "Cal. Bus. & Prof. Code §2070; 16 CCR §1366.1(c)", sourceUrl: CA_BPC_2070,
    notes: `At least 10 clock hours of training in venipuncture and skin puncture, and at least 10 of each performed. ${EXAMPLE}`, verifiedOn: "2026-08-03",
  },
  {
    state: "CA", task: "injections", outcome: "conditional", level: "on_premises", supervisorTypes: CA_SUPERVISORS, hours: 10, procedures: 10, requiredRecords: CA_RECORDS,
    citation: "Cal. Bus. & Prof. Code §2069(a); 16 CCR §1366.1(b)", sourceUrl: CA_CCR_1366_1,
    notes: `Intradermal, subcutaneous and intramuscular injections and skin tests: at least 10 clock hours of training and at least 10 of each injection type performed. ${EXAMPLE}`, verifiedOn: "2026-08-03",
  },
  { state: "CA", task: "sterilization", outcome: "allowed", level: "none", supervisorTypes: [], citation: "16 CCR §1366", sourceUrl: CA_CCR_1366, notes: EXAMPLE, verifiedOn: "2026-08-03" },
  {
    state: "CA", task: "relay_instructions", outcome: "not_addressed", level: "none", supervisorTypes: [], citation: "Cal. Bus. & Prof. Code §2069", sourceUrl: CA_BPC_2069,
    notes: `The statute lists technical supportive services; relaying instructions is not among them. Employer policy and the supervising provider decide. ${EXAMPLE}`, verifiedOn: "2026-08-03",
  },

  // Washington: credential tiers (RCW 18.360); "immediate supervision" is a supervisor on the premises (WAC 246-827-0010).
  ...["vitals", "patient_history", "exam_preparation", "specimens"].map((task): DemoRule => ({
    state: "WA", task, outcome: "allowed", level: "on_premises", supervisorTypes: WA_SUPERVISORS,
    citation: "RCW 18.360.050; WAC 246-827-0010", sourceUrl: WA_WAC_0010, notes: EXAMPLE, verifiedOn: "2026-07-20",
  })),
  {
    state: "WA", task: "procedure_assist", outcome: "allowed", level: "on_premises", supervisorTypes: WA_SUPERVISORS, citation: "RCW 18.360.050", sourceUrl: WA_RCW,
    notes: `Last checked before the 2024 amendments. ${EXAMPLE}`, verifiedOn: "2024-06-15",
  },
  { state: "WA", task: "venipuncture", tier: "ma_c", outcome: "conditional", level: "on_premises", supervisorTypes: WA_SUPERVISORS, citation: "RCW 18.360.050(1); WAC 246-827-0110", sourceUrl: WA_WAC_0110, requiredRecords: "Documented competency under the employer's policies (WAC 246-827-0110)", notes: EXAMPLE, verifiedOn: "2026-07-20" },
  { state: "WA", task: "venipuncture", tier: "ma_p", outcome: "allowed", level: "on_premises", supervisorTypes: WA_SUPERVISORS, citation: "RCW 18.360.050(3)", sourceUrl: WA_RCW, notes: `Phlebotomists: venipuncture and capillary puncture. ${EXAMPLE}`, verifiedOn: "2026-07-20" },
  { state: "WA", task: "venipuncture", tier: "ma_r", outcome: "prohibited", level: "on_premises", supervisorTypes: WA_SUPERVISORS, citation: "RCW 18.360.050(4)", sourceUrl: WA_RCW, notes: `Registered MAs: limited scope. ${EXAMPLE}`, verifiedOn: "2026-07-20" },
  // Physicians only, for the demo: Tacoma's Friday mornings, with only an NP on site, are covered for everything but injections.
  { state: "WA", task: "injections", tier: "ma_c", outcome: "conditional", level: "on_premises", supervisorTypes: ["MD", "DO"], citation: "RCW 18.360.050(1)(e); WAC 246-827-0110", sourceUrl: WA_RCW, notes: `Simplified for the demo to delegation by a physician. ${EXAMPLE}`, verifiedOn: "2026-07-20" },
  { state: "WA", task: "injections", tier: "ma_r", outcome: "prohibited", level: "on_premises", supervisorTypes: WA_SUPERVISORS, citation: "RCW 18.360.050(4)", sourceUrl: WA_RCW, notes: EXAMPLE, verifiedOn: "2026-07-20" },
  { state: "WA", task: "injections", tier: "ma_p", outcome: "prohibited", level: "on_premises", supervisorTypes: WA_SUPERVISORS, citation: "RCW 18.360.050(3)", sourceUrl: WA_RCW, notes: EXAMPLE, verifiedOn: "2026-07-20" },
  { state: "WA", task: "relay_instructions", outcome: "allowed", level: "general", supervisorTypes: WA_SUPERVISORS, citation: "RCW 18.360.050", sourceUrl: WA_RCW, notes: EXAMPLE, verifiedOn: "2026-07-20" },
];

/** When the demo pretends the rules were entered: before any demo history. */
export const DEMO_RULES_EFFECTIVE = "2020-01-01";
