/**
 * MA credentials. A state credential tier is who the person is under state law (Washington's
 * MA-C, MA-R, ...); a certification is a private credential (CMA, RMA, ...) that a rule or policy may
 * demand as a prerequisite. Neither ever grants a task by itself.
 */
export const CREDENTIAL_TIER_LABELS: Readonly<Record<string, string>> = {
  none: "No state MA credential",
  ma_c: "MA-C (certified)",
  ma_r: "MA-R (registered)",
  ma_p: "MA-P (phlebotomist)",
  ma_h: "MA-H (hemodialysis)",
  ma_emt: "MA-EMT",
  forensic_phlebotomist: "Forensic phlebotomist",
};

export const CERTIFICATION_TYPES: Readonly<Record<string, string>> = {
  CMA_AAMA: "CMA (AAMA)",
  RMA_AMT: "RMA (AMT)",
  CCMA_NHA: "CCMA (NHA)",
  NCMA_NCCT: "NCMA (NCCT)",
  CMAC_AMCA: "CMAC (AMCA)",
  CPT_NHA: "CPT phlebotomy (NHA)",
  BLS: "Basic Life Support",
};

export function tierLabel(tier: string): string {
  return CREDENTIAL_TIER_LABELS[tier] ?? tier;
}

export function certificationLabel(code: string): string {
  return CERTIFICATION_TYPES[code] ?? code;
}

const PROVIDER_TYPE_LABELS: Readonly<Record<string, string>> = {
  MD: "MD (physician)",
  DO: "DO (osteopathic physician)",
  DPM: "DPM (podiatrist)",
  PA: "PA (physician assistant)",
  NP: "NP (nurse practitioner)",
  CNM: "CNM (certified nurse-midwife)",
};

export function providerTypeLabel(type: string): string {
  return PROVIDER_TYPE_LABELS[type] ?? type;
}
