-- Reference data from the strategy chapter "Clinical Leadership & Involvement": its five aims and the
-- eight care pathways. Production and demo mode both need them, so a migration writes them.

INSERT INTO strategic_aim (code, title, description) VALUES
('A', 'Senior clinical leads',
 'Identify and support a cohort of up to 30 senior clinical leads, 2 per care pathway plus leads for key programmes of work such as stroke: the existing eleven NSR leads plus leads appointed through a competitive process, who demonstrate their impartiality and objectivity, sit on the Pathway Delivery Boards and together form the Clinical Advisory Group.'),
('B', 'Aspiring clinical leaders',
 'Fund and support 120 individual clinicians to act as catalysts for change, improving the quality and safety of local services within their organisations through the aspiring clinical leaders programme: small changes made on a large scale make a big difference to outcomes for patients.'),
('C', 'Clinical advice in commissioning',
 'Ensure that high quality clinical advice informs the commissioning of health services at every level: spreading effective models of clinical leadership, developing standards that drive quality through contracts (CQUIN), giving clinicians the information they need to reduce variation (practice profiles), and promoting advice to commissioners.'),
('D', 'Strategic plans and operating targets',
 'Ensure that high quality clinical advice informs the strategic direction for health services and the delivery of key operating targets such as 18 weeks, MRSA, clinical governance and serious untoward incidents, through a strong clinical component in the assessment of strategic plans and transformation programmes.'),
('E', 'Service reviews and reconfigurations',
 'Ensure that service reviews and potential reconfigurations are always founded on a robust and evidence-based case for change, with appropriate expert clinical challenge and assurance from national or regional clinical leaders.');

INSERT INTO pathway (code, name, display_order) VALUES
('MATERNITY_NEWBORN', 'Maternity and newborn', 1),
('CHILDREN_YOUNG_PEOPLE', 'Children and young people', 2),
('STAYING_HEALTHY', 'Staying healthy', 3),
('ACUTE_CARE', 'Acute care', 4),
('PLANNED_CARE', 'Planned care', 5),
('MENTAL_HEALTH', 'Mental health', 6),
('LONG_TERM_CONDITIONS', 'Long-term conditions', 7),
('END_OF_LIFE', 'End of life', 8);
