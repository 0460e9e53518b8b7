import { describe, expect, it } from "vitest";
import { decide, type Decision, type FactorKey } from "@/lib/clearance/decide";
import {
  at,
  makeArrangement,
  makeAuthorization,
  makeCompetency,
  makeFacts,
  makePersonFact,
  makePolicy,
  makeRecord,
  makeRule,
  MOMENT,
  OAKLAND,
  makeSupervisor,
  request,
  status,
  TACOMA,
  TASKS,
} from "@/tests/support/clearance-facts";

const factor = (decision: Decision, key: FactorKey) => decision.factors.find((f) => f.key === key)!;

describe("clearance engine", () => {
  it("clears when all four factors are met, and says who supervises", () => {
    const decision = decide(makeFacts(), request(makeFacts()));
    expect(decision.answer).toBe("cleared");
    expect(decision.factors.map((f) => f.status)).toEqual(["met", "met", "met", "met"]);
    expect(factor(decision, "supervision").sentence).toContain("Dr. Lee (MD) is supervising now (Mon–Fri 08:00–17:00)");
    expect(decision.nextSteps).toHaveLength(5);
    expect(decision.nextSteps.join(" ")).toContain("Verify Washington rules with the Washington medical board (listed in the FSMB directory) and the AAMA state scope-of-practice resource (RCW 18.360.050)");
    expect(decision.nextSteps).toContain("Confirm Dr. Lee (MD) is on site and available before you start.");
  });

  describe("provider-only tasks", () => {
    it("are never cleared, whatever else is in place", () => {
      const facts = makeFacts({ authorizations: [makeAuthorization({ taskId: TASKS.interpret.id })], rules: [makeRule({ taskId: TASKS.interpret.id, outcome: "allowed" })] });
      const decision = decide(facts, request(facts, TASKS.interpret.id));
      expect(decision.answer).toBe("not_cleared");
      expect(decision.reason).toBe("Interpreting test results belongs to the licensed provider: a medical assistant never does it, whatever the training or authorization.");
    });
  });

  describe("state law", () => {
    it("a prohibited task is not cleared, naming the rule", () => {
      const facts = makeFacts({ rules: [makeRule({ outcome: "prohibited", credentialTier: "ma_c", citation: "RCW 18.360.050(4)" })] });
      const decision = decide(facts, request(facts));
      expect(decision.answer).toBe("not_cleared");
      expect(decision.reason).toBe("Washington prohibits drawing blood (venipuncture) by MA-C (certified) medical assistants (RCW 18.360.050(4)).");
    });

    it("the location's state decides: prohibited in one state, allowed in the other", () => {
      const rules = [makeRule({ state: "WA", outcome: "prohibited" }), makeRule({ state: "CA", outcome: "conditional", citation: "Cal. Bus. & Prof. Code §2070" })];
      const inOakland = makeFacts({ location: OAKLAND, rules, authorizations: [makeAuthorization({ locationId: OAKLAND.id, locationName: OAKLAND.name })], arrangements: [makeArrangement({ locationId: OAKLAND.id })] });
      const inTacoma = makeFacts({ rules });
      expect(decide(inOakland, request(inOakland)).answer).toBe("cleared");
      expect(factor(decide(inOakland, request(inOakland)), "state_law").sentence).toBe("California allows it under conditions (Cal. Bus. & Prof. Code §2070).");
      expect(decide(inTacoma, request(inTacoma)).answer).toBe("not_cleared");
    });

    it("prefers the rule for the person's credential tier over the rule for every tier", () => {
      const facts = makeFacts({ person: makePersonFact({ name: "Hannah Olsen", credentialTier: "ma_r" }), rules: [makeRule({ outcome: "allowed" }), makeRule({ credentialTier: "ma_r", outcome: "prohibited" })] });
      expect(factor(decide(facts, request(facts)), "state_law").status).toBe("not_met");
      const ma_c = makeFacts({ rules: facts.rules });
      expect(factor(decide(ma_c, request(ma_c)), "state_law").status).toBe("met");
    });

    it("a refinement without its own rule follows the rule of the task it refines", () => {
      const facts = makeFacts({
        rules: [makeRule({ taskId: TASKS.injections.id, outcome: "prohibited" })],
        authorizations: [makeAuthorization({ taskId: TASKS.intramuscular.id })],
      });
      expect(factor(decide(facts, request(facts, TASKS.intramuscular.id)), "state_law").status).toBe("not_met");
      const withOwnRule = makeFacts({ ...facts, rules: [...facts.rules, makeRule({ taskId: TASKS.intramuscular.id, outcome: "allowed" })] });
      expect(factor(decide(withOwnRule, request(withOwnRule, TASKS.intramuscular.id)), "state_law").status).toBe("met");
    });

    it("no rule on file for a clinical task means check first", () => {
      const facts = makeFacts({ rules: [] });
      const decision = decide(facts, request(facts));
      expect(factor(decision, "state_law")).toMatchObject({ status: "unknown", sentence: "No Washington rule on file for drawing blood (venipuncture): an unfamiliar task is a reason to pause and check." });
      expect(factor(decision, "supervision").status).toBe("unknown");
      expect(decision.answer).toBe("check_first");
    });

    it("a rule that does not address the task means check first", () => {
      const facts = makeFacts({ rules: [makeRule({ outcome: "not_addressed" })] });
      expect(decide(facts, request(facts)).answer).toBe("check_first");
    });

    it("a rule verified longer ago than the organization's threshold means check first", () => {
      const stale = makeFacts({ rules: [makeRule({ lastVerifiedOn: "2025-03-09" })] });
      const decision = decide(stale, request(stale));
      expect(decision.answer).toBe("check_first");
      expect(decision.reason).toContain("was last verified on 9 March 2025, 366 days before this moment");
      const lenient = makeFacts({ ...stale, settings: { ruleStaleAfterDays: 400, expiringSoonDays: 30 } });
      expect(decide(lenient, request(lenient)).answer).toBe("cleared");
    });

    it("administrative work with no rule is not regulated, but still needs the employer's authorization", () => {
      const facts = makeFacts({ rules: [], policies: [], records: [], arrangements: [], authorizations: [makeAuthorization({ taskId: TASKS.scheduling.id })] });
      const decision = decide(facts, request(facts, TASKS.scheduling.id));
      expect(decision.answer).toBe("cleared");
      expect(decision.factors.map((f) => f.sentence)).toEqual([
        "Washington MA rules do not regulate scheduling, phones, check-in, correspondence; employer policy decides.",
        expect.stringContaining("Authorized by Ben Carter at Tacoma Clinic from 1 June 2025"),
        "No training prerequisites apply to scheduling, phones, check-in, correspondence.",
        "No supervision is required for scheduling, phones, check-in, correspondence.",
      ]);
      const unauthorized = makeFacts({ ...facts, authorizations: [] });
      expect(decide(unauthorized, request(unauthorized, TASKS.scheduling.id)).answer).toBe("not_cleared");
    });

    it("a rule not yet in force, or no longer in force, does not apply", () => {
      const future = makeFacts({ rules: [makeRule({ effectiveFrom: "2026-04-01" })] });
      expect(factor(decide(future, request(future)), "state_law").status).toBe("unknown");
      const ended = makeFacts({ rules: [makeRule({ effectiveTo: "2026-03-01" }), makeRule({ version: 2, outcome: "prohibited", effectiveFrom: "2026-03-01" })] });
      expect(factor(decide(ended, request(ended)), "state_law").status).toBe("not_met");
      expect(factor(decide(ended, request(ended, TASKS.venipuncture.id, at("2026-02-27T18:00:00Z"))), "state_law").status).toBe("met");
    });
  });

  describe("employer policy and authorization", () => {
    it("no authorization at this location is not met", () => {
      const facts = makeFacts({ authorizations: [] });
      expect(decide(facts, request(facts)).reason).toBe("No authorization for drawing blood (venipuncture) at Tacoma Clinic: your manager authorizes each task individually, per location.");
    });

    it("an authorization at another location does not count, and the answer says so", () => {
      const facts = makeFacts({ authorizations: [makeAuthorization({ locationId: OAKLAND.id, locationName: OAKLAND.name })] });
      const decision = decide(facts, request(facts));
      expect(decision.answer).toBe("not_cleared");
      expect(decision.reason).toBe("You are authorized for drawing blood (venipuncture) at Oakland Clinic, not at Tacoma Clinic: authorizations do not transfer between locations.");
    });

    it("a suspended authorization is not met, with when, by whom and why", () => {
      const auth = makeAuthorization({
        history: [
          status("active", "2025-06-01T07:00:00Z", { reason: null }),
          status("suspended", "2026-03-02T19:15:00Z", { reason: "Two hemolyzed samples; retraining scheduled" }),
        ],
      });
      const facts = makeFacts({ authorizations: [auth] });
      expect(decide(facts, request(facts)).reason).toBe(
        "Your authorization for drawing blood (venipuncture) at Tacoma Clinic was suspended on 2 March 2026 by Ben Carter: Two hemolyzed samples; retraining scheduled.",
      );
      expect(decide(facts, request(facts, TASKS.venipuncture.id, at("2026-03-02T18:00:00Z"))).answer).toBe("cleared");
    });

    it("a reinstated authorization counts again; a revoked one does not", () => {
      const history = [
        status("active", "2025-06-01T07:00:00Z", { reason: null }),
        status("suspended", "2026-01-05T19:00:00Z", { reason: "Retraining" }),
        status("active", "2026-02-01T19:00:00Z", { reason: "Retrained" }),
      ];
      const reinstated = makeFacts({ authorizations: [makeAuthorization({ history })] });
      expect(decide(reinstated, request(reinstated)).answer).toBe("cleared");
      const revoked = makeFacts({ authorizations: [makeAuthorization({ history: [...history, status("revoked", "2026-03-09T19:00:00Z", { reason: "Left the role" })] })] });
      expect(decide(revoked, request(revoked)).reason).toContain("was revoked on 9 March 2026 by Ben Carter: Left the role");
    });

    it("an authorization not yet in force or already ended is not met, with its date in the location's time zone", () => {
      const future = makeFacts({ authorizations: [makeAuthorization({ effectiveFrom: "2026-03-16" })] });
      expect(decide(future, request(future)).reason).toBe("Your authorization for drawing blood (venipuncture) at Tacoma Clinic starts on 16 March 2026.");
      const ended = makeFacts({ authorizations: [makeAuthorization({ effectiveTo: "2026-03-01" })] });
      expect(decide(ended, request(ended)).reason).toBe("Your authorization for drawing blood (venipuncture) at Tacoma Clinic ended: its last day was 28 February 2026.");
    });

    it("a certification never counts as an authorization", () => {
      const facts = makeFacts({ authorizations: [], records: [...makeFacts().records, makeRecord({ kind: "certification", certificationType: "CMA_AAMA", title: "CMA (AAMA)", taskIds: [] })] });
      expect(factor(decide(facts, request(facts)), "employer_policy").status).toBe("not_met");
    });

    it("an employer policy that keeps MAs from the task is not met, even with an authorization", () => {
      const facts = makeFacts({ policies: [makePolicy({ maMayPerform: false })] });
      expect(decide(facts, request(facts)).reason).toBe("Employer policy (Clinical Staff Policy CS-12 v3) does not let medical assistants take on drawing blood (venipuncture).");
    });

    it("a location's own policy overrides the organization-wide one there", () => {
      const facts = makeFacts({ policies: [makePolicy(), makePolicy({ locationId: TACOMA.id, maMayPerform: false, documentRef: "Tacoma addendum" })] });
      expect(factor(decide(facts, request(facts)), "employer_policy").sentence).toContain("Tacoma addendum");
    });

    it("an authorization ending within 30 days is met with a warning", () => {
      const facts = makeFacts({ authorizations: [makeAuthorization({ effectiveTo: "2026-03-31" })] });
      const decision = decide(facts, request(facts));
      expect(decision.answer).toBe("cleared");
      expect(decision.warnings).toContain("Your authorization for drawing blood (venipuncture) ends after 30 March 2026.");
    });
  });

  describe("training and competency", () => {
    it("names the missing hours and procedures", () => {
      const facts = makeFacts({ records: [makeRecord({ hours: 4, procedureCount: 3 }), makeCompetency()] });
      expect(decide(facts, request(facts)).reason).toBe("Missing: 10 hours of documented training (on file: 4); 10 documented supervised procedures (on file: 3).");
    });

    it("adds up several records", () => {
      const facts = makeFacts({ records: [makeRecord({ hours: 4, procedureCount: 3 }), makeRecord({ hours: 6.5, procedureCount: 8 }), makeCompetency()] });
      expect(factor(decide(facts, request(facts)), "training").sentence).toBe("Documented: 10.5 training hours, 11 supervised procedures, competency validated on 2 September 2025 by Dr. Daniel Lee.");
    });

    it("an expired competency is not met, naming the date", () => {
      const facts = makeFacts({ records: [makeRecord(), makeCompetency({ completedOn: "2025-03-01", expiresOn: "2026-03-01" })] });
      expect(decide(facts, request(facts)).reason).toBe("Missing: a current competency validation (your drawing blood (venipuncture) competency expired on 1 March 2026).");
    });

    it("a competency older than the employer's revalidation interval is not met", () => {
      const facts = makeFacts({ records: [makeRecord(), makeCompetency({ completedOn: "2024-12-01", expiresOn: null })] });
      expect(decide(facts, request(facts)).reason).toContain("employer policy requires revalidation every 12 months");
    });

    it("a record expiring within 30 days is met, with a warning", () => {
      const facts = makeFacts({ records: [makeRecord(), makeCompetency({ expiresOn: "2026-03-25" })] });
      const decision = decide(facts, request(facts));
      expect(decision.answer).toBe("cleared");
      expect(decision.warnings).toContain('Your record "Venipuncture competency" expires on 25 March 2026.');
    });

    it("only this person's records for this task, completed by the moment, count", () => {
      const otherTask = makeFacts({ records: [makeRecord({ taskIds: [TASKS.vitals.id] }), makeCompetency()] });
      expect(factor(decide(otherTask, request(otherTask)), "training").status).toBe("not_met");
      const later = makeFacts({ records: [makeRecord({ completedOn: "2026-03-11" }), makeCompetency()] });
      expect(factor(decide(later, request(later)), "training").status).toBe("not_met");
    });

    it("a required certification must be held and current", () => {
      const rules = [makeRule({ acceptedCertifications: ["CMA_AAMA", "RMA_AMT"] })];
      const without = makeFacts({ rules });
      expect(decide(without, request(without)).reason).toBe("Missing: one of these certifications: CMA (AAMA), RMA (AMT).");
      const cert = makeRecord({ kind: "certification", certificationType: "RMA_AMT", title: "RMA", taskIds: [], hours: null, procedureCount: null, expiresOn: "2027-01-01" });
      const withCert = makeFacts({ rules, records: [...without.records, cert] });
      expect(decide(withCert, request(withCert)).answer).toBe("cleared");
      const lapsed = makeFacts({ rules, records: [...without.records, { ...cert, expiresOn: "2026-02-01" }] });
      expect(decide(lapsed, request(lapsed)).reason).toBe("Missing: a current certification (your RMA (AMT) expired on 1 February 2026).");
    });

    it("without an employer policy, clinical tasks still need a documented competency", () => {
      const facts = makeFacts({ policies: [], records: [makeRecord()] });
      expect(decide(facts, request(facts)).reason).toBe("Missing: a documented competency validation for drawing blood (venipuncture).");
    });
  });

  describe("supervision", () => {
    it("outside the supervisor's hours it is not met, naming who supervises when", () => {
      const saturday = at("2026-03-14T17:40:00Z"); // Sat 10:40 PDT
      const decision = decide(makeFacts(), request(makeFacts(), TASKS.venipuncture.id, saturday));
      expect(decision.answer).toBe("not_cleared");
      expect(decision.reason).toBe(
        "No supervisor is scheduled at Sat 10:40 (Pacific Daylight Time); drawing blood (venipuncture) requires a supervisor on the premises. Scheduled: Dr. Lee (MD): Mon–Fri 08:00–17:00.",
      );
    });

    it("reads schedules in the location's time zone across the daylight-saving change in Washington", () => {
      // 2026-03-08: clocks go from 02:00 PST to 03:00 PDT. Monday 08:30 is 16:30Z before, 15:30Z after.
      const facts = makeFacts();
      expect(decide(facts, request(facts, TASKS.venipuncture.id, at("2026-03-02T16:30:00Z"))).answer).toBe("cleared");
      expect(decide(facts, request(facts, TASKS.venipuncture.id, at("2026-03-02T15:30:00Z"))).answer).toBe("not_cleared"); // 07:30 PST
      expect(decide(facts, request(facts, TASKS.venipuncture.id, at("2026-03-09T15:30:00Z"))).answer).toBe("cleared"); // 08:30 PDT
      expect(decide(facts, request(facts, TASKS.venipuncture.id, at("2026-03-10T00:30:00Z"))).answer).toBe("not_cleared"); // Mon 17:30 PDT
      // A Sunday window over the change: 01:00–04:00 local has no 02:xx that day.
      const sunday = makeFacts({ arrangements: [makeArrangement({ windows: [{ weekday: 0, startMinute: 60, endMinute: 240 }] })] });
      expect(decide(sunday, request(sunday, TASKS.venipuncture.id, at("2026-03-08T09:59:00Z"))).answer).toBe("cleared"); // 01:59 PST
      expect(decide(sunday, request(sunday, TASKS.venipuncture.id, at("2026-03-08T10:00:00Z"))).answer).toBe("cleared"); // 03:00 PDT
      expect(decide(sunday, request(sunday, TASKS.venipuncture.id, at("2026-03-08T11:00:00Z"))).answer).toBe("not_cleared"); // 04:00 PDT
    });

    it("requires the stricter of the state rule and the employer policy", () => {
      const facts = makeFacts({ policies: [makePolicy({ minSupervisionLevel: "direct_visual" })] });
      expect(decide(facts, request(facts)).reason).toBe(
        "Dr. Lee (MD) is on duty but provides only a supervisor on the premises; drawing blood (venipuncture) requires direct visual supervision (supervisor in the room).",
      );
      const inRoom = makeFacts({ ...facts, arrangements: [makeArrangement({ level: "direct_visual" })] });
      expect(decide(inRoom, request(inRoom)).answer).toBe("cleared");
    });

    it("telemedicine meets only a requirement of telemedicine or less", () => {
      const remote = makeFacts({ arrangements: [makeArrangement({ level: "telemedicine" })] });
      expect(factor(decide(remote, request(remote)), "supervision").status).toBe("not_met");
      const telemedicineRule = makeFacts({ ...remote, rules: [makeRule({ supervisionLevel: "telemedicine" })] });
      expect(factor(decide(telemedicineRule, request(telemedicineRule)), "supervision").status).toBe("met");
      const generalRule = makeFacts({ ...remote, rules: [makeRule({ supervisionLevel: "general" })] });
      expect(factor(decide(generalRule, request(generalRule)), "supervision").status).toBe("met");
      const onSiteForTelemedicine = makeFacts({ rules: [makeRule({ supervisionLevel: "telemedicine" })] });
      expect(factor(decide(onSiteForTelemedicine, request(onSiteForTelemedicine)), "supervision").status).toBe("met");
    });

    it("the supervisor must be of a type the state rule allows", () => {
      const facts = makeFacts({ arrangements: [makeArrangement({ supervisorId: "personrn00001" })], supervisors: [makeSupervisor({ id: "personrn00001", name: "Casey Ward", providerType: "CNM" })] });
      expect(decide(facts, request(facts)).reason).toBe("Casey Ward (CNM) is on duty, but Washington allows supervision of drawing blood (venipuncture) only by MD, DO, PA or NP.");
    });

    it("names who is on duty and why they do not suffice, not a supervisor of another day; the answer is the same", () => {
      // The rule allows only an MD or DO; the MD supervises on Saturdays, an NP is here now, and a PA on Sundays.
      const rules = [makeRule({ supervisorTypes: ["MD", "DO"] })];
      const supervisors = [makeSupervisor(), makeSupervisor({ id: "personnp0001", name: "Jordan Ellis", providerType: "NP" }), makeSupervisor({ id: "personpa0001", name: "Riley Park", providerType: "PA" })];
      const mdOnSaturdays = makeArrangement({ windows: [{ weekday: 6, startMinute: 480, endMinute: 1020 }] });
      const paOnSundays = makeArrangement({ supervisorId: "personpa0001", windows: [{ weekday: 0, startMinute: 480, endMinute: 1020 }] });
      const npNow = makeArrangement({ supervisorId: "personnp0001" });
      const without = makeFacts({ rules, supervisors, arrangements: [mdOnSaturdays, paOnSundays] });
      const facts = makeFacts({ rules, supervisors, arrangements: [mdOnSaturdays, paOnSundays, npNow] });
      const before = decide(without, request(without));
      const d = decide(facts, request(facts));
      expect(d.reason).toBe("Jordan Ellis (NP) is on duty, but Washington allows supervision of drawing blood (venipuncture) only by MD or DO.");
      expect(factor(d, "supervision")).toMatchObject({ status: "not_met", code: "supervisor_type", params: { onDuty: true } });
      expect(factor(d, "supervision").evidence.map((e) => e.id)).toEqual([npNow.id, "personnp0001"]);
      // Wording only: the NP on duty changes no status.
      expect(factor(before, "supervision")).toMatchObject({ status: "not_met", code: "off_schedule" });
      expect(d.answer).toBe(before.answer);
      expect(d.factors.map((f) => f.status)).toEqual(before.factors.map((f) => f.status));
      // With the MD here too, it is cleared as before.
      const mdToo = makeFacts({ rules, supervisors, arrangements: [npNow, makeArrangement()] });
      expect(decide(mdToo, request(mdToo)).answer).toBe("cleared");
      // Off duty, the wrong type is named only when nothing else explains it, as before.
      const npSaturdays = makeFacts({ rules, supervisors, arrangements: [{ ...npNow, windows: mdOnSaturdays.windows }] });
      expect(decide(npSaturdays, request(npSaturdays)).reason).toBe("Jordan Ellis (NP) cannot supervise this: Washington allows supervision only by MD or DO.");
    });

    it("an arrangement for other people, other tasks or another location does not count", () => {
      const named = makeFacts({ arrangements: [makeArrangement({ allMedicalAssistants: false, superviseeIds: ["personother01"] })] });
      expect(factor(decide(named, request(named)), "supervision").status).toBe("not_met");
      const forMe = makeFacts({ arrangements: [makeArrangement({ allMedicalAssistants: false, superviseeIds: ["personemily01"] })] });
      expect(factor(decide(forMe, request(forMe)), "supervision").status).toBe("met");
      const vitalsOnly = makeFacts({ arrangements: [makeArrangement({ allClinicalTasks: false, taskIds: [TASKS.vitals.id] })] });
      expect(factor(decide(vitalsOnly, request(vitalsOnly)), "supervision").status).toBe("not_met");
      const elsewhere = makeFacts({ arrangements: [makeArrangement({ locationId: OAKLAND.id })] });
      expect(factor(decide(elsewhere, request(elsewhere)), "supervision").sentence).toBe(
        "No supervision arrangement covers you for drawing blood (venipuncture) at Tacoma Clinic; drawing blood (venipuncture) requires a supervisor on the premises.",
      );
    });
  });

  describe("versions: an edit adds a version that governs from its own effective date", () => {
    it("the older version of a rule still governs the time before the edit takes effect", () => {
      const v1 = makeRule({ lineageId: "ruleline", version: 1 });
      const v2 = makeRule({ lineageId: "ruleline", version: 2, outcome: "prohibited", effectiveFrom: "2026-03-01" });
      const facts = makeFacts({ rules: [v1, v2] });
      expect(factor(decide(facts, request(facts, TASKS.venipuncture.id, at("2026-02-27T18:00:00Z"))), "state_law").evidence[0]).toMatchObject({ id: v1.id, version: 1 });
      expect(factor(decide(facts, request(facts)), "state_law")).toMatchObject({ status: "not_met", evidence: [{ id: v2.id, version: 2 }] });
    });

    it("a version with an end date ends the rule, rather than reviving the older version", () => {
      const facts = makeFacts({
        rules: [makeRule({ lineageId: "ruleline", version: 1 }), makeRule({ lineageId: "ruleline", version: 2, effectiveFrom: "2026-01-01", effectiveTo: "2026-03-01" })],
      });
      expect(factor(decide(facts, request(facts)), "state_law").status).toBe("unknown");
    });

    it("a corrected record counts as corrected", () => {
      const facts = makeFacts({ records: [makeRecord({ lineageId: "recline", version: 1, hours: 4 }), makeRecord({ lineageId: "recline", version: 2, hours: 12 }), makeCompetency()] });
      expect(factor(decide(facts, request(facts)), "training").sentence).toContain("12 training hours");
      const wrongWayRound = makeFacts({ records: [makeRecord({ lineageId: "recline", version: 2, hours: 4 }), makeRecord({ lineageId: "recline", version: 1, hours: 12 }), makeCompetency()] });
      expect(factor(decide(wrongWayRound, request(wrongWayRound)), "training").status).toBe("not_met");
    });

    it("a changed supervision schedule applies from its effective date", () => {
      const monToFri = makeArrangement({ lineageId: "arrline", version: 1 });
      const monToThu = makeArrangement({ lineageId: "arrline", version: 2, effectiveFrom: "2026-03-09", windows: [1, 2, 3, 4].map((weekday) => ({ weekday, startMinute: 480, endMinute: 1020 })) });
      const facts = makeFacts({ arrangements: [monToFri, monToThu] });
      expect(decide(facts, request(facts, TASKS.venipuncture.id, at("2026-03-06T17:40:00Z"))).answer).toBe("cleared"); // Fri before
      expect(decide(facts, request(facts, TASKS.venipuncture.id, at("2026-03-13T17:40:00Z"))).answer).toBe("not_cleared"); // Fri after
    });
  });

  it("gives next steps made specific to the answer: what blocks it, then how to verify", () => {
    const facts = makeFacts({ records: [makeRecord()] });
    const steps = decide(facts, request(facts, TASKS.venipuncture.id, at("2026-03-14T17:40:00Z"))).nextSteps;
    expect(steps[0]).toBe("Do not perform drawing blood (venipuncture): Missing: a documented competency validation for drawing blood (venipuncture).");
    expect(steps[1]).toBe("Complete and document what is missing: a documented competency validation for drawing blood (venipuncture).");
    expect(steps[2]).toBe("Ask a validator to observe you and sign off your drawing blood (venipuncture) competency.");
    expect(steps[3]).toContain("Do it only while a supervisor is present. Scheduled: Dr. Lee (MD), Mon–Fri 08:00–17:00.");
    expect(steps.at(-1)).toContain("medical board (listed in the FSMB directory) and the AAMA state scope-of-practice resource");
  });

  it("refuses facts loaded for someone else", () => {
    expect(() => decide(makeFacts(), { ...request(makeFacts()), personId: "personsomeone1" })).toThrow(/another person or location/);
  });

  it("decides at the given moment, not the current time", () => {
    const facts = makeFacts();
    expect(decide(facts, request(facts)).request.moment).toBe(MOMENT.toISOString());
  });
});
