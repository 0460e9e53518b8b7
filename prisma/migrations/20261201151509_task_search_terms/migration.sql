-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "searchTerms" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The words medical assistants and managers use for the starting catalog's tasks, so that task
-- search finds "shot", "flu", "BP" or "blood draw". Admins edit them with the task.
UPDATE "Task" SET "searchTerms" = t.terms FROM (VALUES
  ('front_desk', ARRAY['front desk', 'reception', 'appointments', 'phone calls', 'mail']),
  ('records_data_entry', ARRAY['charting', 'EHR', 'EMR', 'documentation', 'data entry', 'chart']),
  ('vitals', ARRAY['BP', 'blood pressure', 'vitals', 'temperature', 'temp', 'pulse', 'heart rate', 'weight', 'height', 'O2', 'pulse ox']),
  ('patient_history', ARRAY['intake', 'history', 'medications list', 'allergies']),
  ('exam_preparation', ARRAY['rooming', 'room patients', 'exam room', 'prep']),
  ('procedure_assist', ARRAY['assist', 'procedure', 'minor surgery', 'setup tray']),
  ('specimens', ARRAY['swab', 'urine', 'UA', 'strep test', 'covid test', 'flu test', 'sample', 'specimen', 'culture']),
  ('venipuncture', ARRAY['blood draw', 'draw blood', 'phlebotomy', 'labs', 'finger stick', 'fingerstick', 'capillary']),
  ('injections', ARRAY['shot', 'shots', 'injection', 'vaccine', 'vaccination', 'immunization', 'flu shot', 'jab']),
  ('injections.intradermal', ARRAY['TB test', 'PPD', 'skin test', 'tuberculin', 'ID']),
  ('injections.subcutaneous', ARRAY['subQ', 'sub-Q', 'SC', 'insulin', 'shot', 'vaccine', 'MMR']),
  ('injections.intramuscular', ARRAY['IM', 'flu shot', 'flu vaccine', 'shot', 'vaccine', 'B12', 'tetanus', 'Tdap']),
  ('relay_instructions', ARRAY['instructions', 'call back', 'callbacks', 'patient education', 'follow-up calls']),
  ('sterilization', ARRAY['autoclave', 'sterilize', 'instruments', 'cleaning', 'disinfection']),
  ('medical_advice', ARRAY['advice', 'recommend', 'diagnosis']),
  ('interpret_results', ARRAY['results', 'lab results', 'read results', 'diagnosis'])
) AS t(code, terms) WHERE "Task"."code" = t.code;
