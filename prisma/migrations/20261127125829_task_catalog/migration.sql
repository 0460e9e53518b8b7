-- The task catalog of the domain reference (../shared/domain.md), with injection routes as
-- refinements because states rule on them separately. Admins may add, rename and retire tasks
-- later; these rows are the starting point every database shares.
INSERT INTO "Task" ("id", "code", "name", "category", "description", "parentId", "providerOnly", "sortOrder", "updatedAt") VALUES
  ('taskfrontdesk', 'front_desk', 'Scheduling, phones, check-in, correspondence', 'administrative', 'Front-desk and administrative work. Depends on the employer role and privacy rules.', NULL, false, 10, CURRENT_TIMESTAMP),
  ('taskrecords', 'records_data_entry', 'Updating medical records and entering data', 'documentation', 'Entering what happened and what the provider directed, never the MA''s own clinical interpretation. Depends on employer systems and standards.', NULL, false, 20, CURRENT_TIMESTAMP),
  ('taskvitals', 'vitals', 'Recording vital signs, height, and weight', 'clinical', 'Measuring and recording vital signs, height and weight. Depends on training and employer policy.', NULL, false, 30, CURRENT_TIMESTAMP),
  ('taskhistory', 'patient_history', 'Taking patient histories', 'clinical', 'Recording the patient''s history for the provider. Depends on training and employer policy.', NULL, false, 40, CURRENT_TIMESTAMP),
  ('taskexamprep', 'exam_preparation', 'Preparing patients and rooms for exams', 'clinical', 'Rooming patients and preparing exam rooms. Depends on training and employer policy.', NULL, false, 50, CURRENT_TIMESTAMP),
  ('taskprocedureassist', 'procedure_assist', 'Assisting the provider during procedures', 'clinical', 'Assisting the provider during in-office procedures. Depends on training, supervision and employer policy.', NULL, false, 60, CURRENT_TIMESTAMP),
  ('taskspecimens', 'specimens', 'Collecting specimens', 'clinical', 'Collecting specimens such as swabs and urine. Depends on training, employer policy and state rules.', NULL, false, 70, CURRENT_TIMESTAMP),
  ('taskvenipuncture', 'venipuncture', 'Drawing blood (venipuncture)', 'clinical', 'Drawing blood by venipuncture or skin puncture. Depends on state rules, training, supervision and setting.', NULL, false, 80, CURRENT_TIMESTAMP),
  ('taskinjections', 'injections', 'Giving certain injections', 'clinical', 'Giving injections where permitted. Depends on state law, injection type, training and supervision.', NULL, false, 90, CURRENT_TIMESTAMP),
  ('taskinjectionsintradermal', 'injections.intradermal', 'Intradermal injections and skin tests', 'clinical', 'Intradermal injections, including skin tests.', 'taskinjections', false, 91, CURRENT_TIMESTAMP),
  ('taskinjectionssubcutaneous', 'injections.subcutaneous', 'Subcutaneous injections', 'clinical', 'Subcutaneous injections.', 'taskinjections', false, 92, CURRENT_TIMESTAMP),
  ('taskinjectionsintramuscular', 'injections.intramuscular', 'Intramuscular injections', 'clinical', 'Intramuscular injections.', 'taskinjections', false, 93, CURRENT_TIMESTAMP),
  ('taskrelayinstructions', 'relay_instructions', 'Relaying provider-approved instructions to patients', 'communication', 'Passing on instructions the provider has approved, in the provider''s words. Depends on employer policy.', NULL, false, 100, CURRENT_TIMESTAMP),
  ('tasksterilization', 'sterilization', 'Cleaning and sterilizing instruments', 'clinical_support', 'Cleaning and sterilizing instruments. Depends on training and safety procedures.', NULL, false, 110, CURRENT_TIMESTAMP),
  ('taskmedicaladvice', 'medical_advice', 'Giving independent medical advice', 'communication', 'Independent medical advice belongs to the licensed provider, never to a medical assistant.', NULL, true, 120, CURRENT_TIMESTAMP),
  ('taskinterpretresults', 'interpret_results', 'Interpreting test results', 'clinical', 'Interpreting results belongs to the licensed provider, never to a medical assistant.', NULL, true, 130, CURRENT_TIMESTAMP);
