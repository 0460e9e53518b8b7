import { plusDays } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";
import type { DemoLocationKey } from "./dataset";

/**
 * The demo's employer policies, authorizations, training records and supervision schedules. Recent
 * records are dated relative to the day the demo is seeded, so that something is always expiring
 * soon; history is dated absolutely, so that reconstruction has a past to look at. Together they
 * show all three answers: cleared, not cleared (with different reasons) and check first.
 */
type Level = "none" | "general" | "telemedicine" | "on_premises" | "direct_visual";
type Method = "direct_observation" | "simulation" | "test" | "return_demonstration";

export type DemoPolicy = { task: string; location?: DemoLocationKey; maMayPerform: boolean; level?: Level; competency: boolean; months?: number; documentRef: string; documentVersion: string };
export type DemoAuthorization = { person: string; task: string; location: DemoLocationKey; from: Date; to?: Date; conditions?: string; grantedBy: string; suspended?: { at: Date; reason: string } };
export type DemoRecord = {
  person: string;
  kind: "training" | "competency" | "certification";
  title: string;
  tasks: string[];
  provider?: string;
  hours?: number;
  procedures?: number;
  certificationType?: string;
  completed: Date;
  expires?: Date;
  validator?: string;
  method?: Method;
};
/** An exception to the plan: whole days from `from` (local dates), e.g. a provider at a conference. */
export type DemoException = { location: DemoLocationKey; provider: string; kind: "absence"; firstDay: string; lastDay: string; reason: string };
export type DemoArrangement = { location: DemoLocationKey; supervisor: string; level: Level; days: number[]; start: string; end: string; tasks?: string[]; from: Date };

const CLINICAL = ["vitals", "patient_history", "exam_preparation", "procedure_assist", "specimens", "sterilization"];
const SKILLS = ["vitals", "patient_history", "exam_preparation", "procedure_assist", "specimens", "sterilization"];

export function demoClearance(now: Date) {
  const day = 86_400_000;
  const ago = (days: number) => new Date(now.getTime() - days * day);
  const ahead = (days: number) => new Date(now.getTime() + days * day);
  const on = (date: string) => new Date(`${date}T16:00:00Z`);

  const policies: DemoPolicy[] = [
    ...["front_desk", "records_data_entry", "relay_instructions"].map((task) => ({ task, maMayPerform: true, competency: false, documentRef: "Clinical Staff Policy CS-12", documentVersion: "v3" })),
    ...CLINICAL.map((task) => ({ task, maMayPerform: true, competency: true, months: 24, documentRef: "Clinical Staff Policy CS-12", documentVersion: "v3" })),
    ...["venipuncture", "injections"].map((task) => ({ task, maMayPerform: true, competency: true, months: 12, documentRef: "Clinical Staff Policy CS-12", documentVersion: "v3" })),
    { task: "injections.intramuscular", location: "oakland", maMayPerform: true, level: "direct_visual", competency: true, months: 12, documentRef: "Oakland procedure addendum OA-2", documentVersion: "v1" },
  ];

  const everyday = ["front_desk", "records_data_entry", "vitals", "patient_history", "exam_preparation"];
  const grant = (person: string, location: DemoLocationKey, grantedBy: string, from: Date, tasks: string[]) => tasks.map((task): DemoAuthorization => ({ person, task, location, from, grantedBy }));
  const authorizations: DemoAuthorization[] = [
    ...grant("maria", "oakland", "manager.oakland", on("2021-04-05"), [...everyday, "procedure_assist", "specimens", "venipuncture", "injections", "relay_instructions", "sterilization"]),
    ...grant("aisha", "oakland", "manager.oakland", on("2022-08-01"), [...everyday, "venipuncture", "sterilization"]),
    ...grant("kevin", "oakland", "manager.oakland", on("2023-02-06"), [...everyday, "specimens", "venipuncture", "sterilization"]),
    ...grant("rosa", "oakland", "manager.oakland", ago(60), everyday),
    ...grant("emily", "tacoma", "manager.tacoma", on("2021-01-04"), [...everyday, "procedure_assist", "specimens", "venipuncture", "injections", "relay_instructions", "sterilization"]),
    ...grant("marcus", "tacoma", "manager.tacoma", on("2022-05-16"), [...everyday, "specimens", "injections", "sterilization"]),
    { person: "marcus", task: "venipuncture", location: "tacoma", from: on("2022-05-16"), grantedBy: "manager.tacoma", suspended: { at: ago(5), reason: "Two hemolyzed samples this week; retraining scheduled with Dr. Lee" } },
    ...grant("hannah", "tacoma", "manager.tacoma", on("2024-03-04"), [...everyday, "specimens"]),
    ...grant("tyler", "tacoma", "manager.tacoma", ago(140), ["front_desk", "records_data_entry", "venipuncture"]),
    ...grant("sofia", "seattle", "admin", on("2022-10-03"), [...everyday, "specimens", "venipuncture", "sterilization"]),
    { person: "tyler", task: "specimens", location: "tacoma", from: ahead(10), grantedBy: "manager.tacoma", conditions: "After his orientation week" },
  ];

  const records: DemoRecord[] = [
    // Maria: fully documented.
    { person: "maria", kind: "certification", title: "CMA (AAMA) certification", tasks: [], certificationType: "CMA_AAMA", provider: "AAMA", completed: ago(400), expires: ahead(1425) },
    { person: "maria", kind: "training", title: "Venipuncture and injection course", tasks: ["venipuncture", "injections"], provider: "Bay Area Allied Health", hours: 16, procedures: 24, completed: on("2021-03-19") },
    { person: "maria", kind: "competency", title: "Venipuncture competency", tasks: ["venipuncture"], validator: "dr.shah", method: "direct_observation", completed: ago(120), expires: ahead(245) },
    { person: "maria", kind: "competency", title: "Injection competency (ID, SC, IM)", tasks: ["injections"], validator: "dr.shah", method: "direct_observation", completed: ago(150), expires: ahead(215) },
    { person: "maria", kind: "competency", title: "Clinical skills check-off", tasks: SKILLS, validator: "np.ellis", method: "return_demonstration", completed: ago(300), expires: ahead(430) },
    // Aisha: venipuncture competency expired.
    { person: "aisha", kind: "training", title: "Phlebotomy course", tasks: ["venipuncture"], provider: "Laney College", hours: 12, procedures: 15, completed: on("2022-07-10") },
    { person: "aisha", kind: "competency", title: "Venipuncture competency", tasks: ["venipuncture"], validator: "dr.shah", method: "direct_observation", completed: ago(430), expires: ago(65) },
    { person: "aisha", kind: "competency", title: "Clinical skills check-off", tasks: SKILLS, validator: "dr.shah", method: "return_demonstration", completed: ago(180), expires: ahead(550) },
    // Kevin: not enough training hours for California; clinical check-off expiring soon.
    { person: "kevin", kind: "training", title: "Phlebotomy workshop", tasks: ["venipuncture"], provider: "Oakland Adult School", hours: 6, procedures: 12, completed: on("2023-01-20") },
    { person: "kevin", kind: "competency", title: "Venipuncture competency", tasks: ["venipuncture"], validator: "dr.shah", method: "direct_observation", completed: ago(90), expires: ahead(275) },
    { person: "kevin", kind: "competency", title: "Clinical skills check-off", tasks: SKILLS, validator: "np.ellis", method: "return_demonstration", completed: ago(710), expires: ahead(20) },
    // Rosa: trained; her check-off is recorded and waits for Dr. Shah's sign-off.
    { person: "rosa", kind: "training", title: "New-hire clinical orientation", tasks: ["vitals", "patient_history", "exam_preparation"], provider: "Harborview Family Health", hours: 8, completed: ago(55) },
    { person: "rosa", kind: "competency", title: "Clinical skills check-off", tasks: ["vitals", "patient_history", "exam_preparation"], completed: ago(6), expires: ahead(724) },
    // Emily: documented since 2021 (the reconstruction example), current now.
    { person: "emily", kind: "certification", title: "CMA (AAMA) certification", tasks: [], certificationType: "CMA_AAMA", provider: "AAMA", completed: on("2020-09-28"), expires: ahead(300) },
    { person: "emily", kind: "training", title: "Phlebotomy and injections course", tasks: ["venipuncture", "injections"], provider: "Tacoma Community College", hours: 20, procedures: 30, completed: on("2020-08-14") },
    { person: "emily", kind: "competency", title: "Venipuncture competency (first)", tasks: ["venipuncture"], validator: "dr.lee", method: "direct_observation", completed: on("2021-03-15"), expires: on("2022-03-15") },
    { person: "emily", kind: "competency", title: "Venipuncture competency", tasks: ["venipuncture"], validator: "dr.lee", method: "direct_observation", completed: ago(95), expires: ahead(270) },
    { person: "emily", kind: "competency", title: "Injection competency (ID, SC, IM)", tasks: ["injections"], validator: "dr.lee", method: "direct_observation", completed: ago(95), expires: ahead(270) },
    { person: "emily", kind: "competency", title: "Clinical skills check-off", tasks: SKILLS, validator: "dr.lee", method: "return_demonstration", completed: ago(240), expires: ahead(490) },
    // Marcus: injections due for revalidation soon.
    { person: "marcus", kind: "competency", title: "Venipuncture competency", tasks: ["venipuncture"], validator: "dr.lee", method: "direct_observation", completed: ago(200), expires: ahead(165) },
    { person: "marcus", kind: "competency", title: "Injection competency (SC, IM)", tasks: ["injections"], validator: "dr.lee", method: "direct_observation", completed: ago(345), expires: ahead(20) },
    { person: "marcus", kind: "competency", title: "Clinical skills check-off", tasks: SKILLS, validator: "np.ellis", method: "return_demonstration", completed: ago(330), expires: ahead(400) },
    // Hannah: registered MA, routine skills only.
    { person: "hannah", kind: "competency", title: "Clinical skills check-off", tasks: SKILLS, validator: "dr.lee", method: "return_demonstration", completed: ago(150), expires: ahead(580) },
    // Sofia (Seattle): trained and validated; Seattle counts Dr. Okafor's supervision only once she checks in.
    { person: "sofia", kind: "certification", title: "CMA (AAMA) certification", tasks: [], certificationType: "CMA_AAMA", provider: "AAMA", completed: on("2022-06-20"), expires: ahead(400) },
    { person: "sofia", kind: "training", title: "Phlebotomy course", tasks: ["venipuncture"], provider: "Seattle Central College", hours: 16, procedures: 25, completed: on("2022-05-27") },
    { person: "sofia", kind: "competency", title: "Venipuncture competency", tasks: ["venipuncture"], validator: "dr.okafor", method: "direct_observation", completed: ago(60), expires: ahead(305) },
    { person: "sofia", kind: "competency", title: "Clinical skills check-off", tasks: SKILLS, validator: "dr.okafor", method: "return_demonstration", completed: ago(200), expires: ahead(530) },
    // Tyler: phlebotomist.
    { person: "tyler", kind: "certification", title: "Certified Phlebotomy Technician", tasks: [], certificationType: "CPT_NHA", provider: "NHA", completed: ago(500), expires: ahead(230) },
    { person: "tyler", kind: "competency", title: "Venipuncture competency", tasks: ["venipuncture"], validator: "dr.lee", method: "direct_observation", completed: ago(130), expires: ahead(235) },
  ];

  const since = on("2020-01-02");
  const arrangements: DemoArrangement[] = [
    { location: "oakland", supervisor: "dr.shah", level: "on_premises", days: [1, 2, 3, 4, 5], start: "07:00", end: "19:00", from: since },
    { location: "oakland", supervisor: "np.ellis", level: "on_premises", days: [6], start: "09:00", end: "13:00", from: since },
    { location: "oakland", supervisor: "dr.shah", level: "direct_visual", days: [2, 4], start: "09:00", end: "12:00", tasks: ["injections"], from: since },
    { location: "tacoma", supervisor: "dr.lee", level: "on_premises", days: [1, 2, 3, 4], start: "07:00", end: "18:00", from: since },
    { location: "tacoma", supervisor: "np.ellis", level: "on_premises", days: [5], start: "07:00", end: "13:00", from: since },
    { location: "tacoma", supervisor: "dr.lee", level: "telemedicine", days: [6], start: "09:00", end: "13:00", from: since },
    { location: "seattle", supervisor: "dr.okafor", level: "on_premises", days: [1, 2, 3, 4, 5], start: "07:00", end: "19:00", from: since },
  ];

  // Jordan Ellis is at a conference on the first Saturday at least a week ahead: Oakland's Saturday
  // clinic has no supervisor on site that day.
  const today = wallClock(now, "America/Los_Angeles");
  const saturdayDate = plusDays(today.date, 7 + ((6 - today.weekday + 7) % 7));
  const exceptions: DemoException[] = [{ location: "oakland", provider: "np.ellis", kind: "absence", firstDay: saturdayDate, lastDay: saturdayDate, reason: "conference" }];

  return { policies, authorizations, records, arrangements, exceptions };
}
