-- Data of the "hr" evaluation database (the holdout), extracted by
-- test/eval/extract.sh from the AdventureWorks sample (schemas HumanResources
-- and Purchasing) as exported to CSV by lorint/AdventureWorks-for-Postgres
-- (copy in morenoh149/postgresDBSamples, adventureworks/data).
-- AdventureWorks: Copyright (c) Microsoft Corporation, MIT licence
-- (microsoft/sql-server-samples; see test/eval/README.md).
-- vendor.ship_method_ids is derived: the ship methods of the vendor's orders.
COPY department (department_id, name, group_name, modified_date) FROM stdin;
1	Engineering	Research and Development	2008-04-30 00:00:00
2	Tool Design	Research and Development	2008-04-30 00:00:00
3	Sales	Sales and Marketing	2008-04-30 00:00:00
4	Marketing	Sales and Marketing	2008-04-30 00:00:00
5	Purchasing	Inventory Management	2008-04-30 00:00:00
6	Research and Development	Research and Development	2008-04-30 00:00:00
7	Production	Manufacturing	2008-04-30 00:00:00
8	Production Control	Manufacturing	2008-04-30 00:00:00
9	Human Resources	Executive General and Administration	2008-04-30 00:00:00
10	Finance	Executive General and Administration	2008-04-30 00:00:00
11	Information Services	Executive General and Administration	2008-04-30 00:00:00
12	Document Control	Quality Assurance	2008-04-30 00:00:00
13	Quality Assurance	Quality Assurance	2008-04-30 00:00:00
14	Facilities and Maintenance	Executive General and Administration	2008-04-30 00:00:00
15	Shipping and Receiving	Inventory Management	2008-04-30 00:00:00
16	Executive	Executive General and Administration	2008-04-30 00:00:00
\.

COPY shift (shift_id, name, start_time, end_time, modified_date) FROM stdin;
1	Day	07:00:00	15:00:00	2008-04-30 00:00:00
2	Evening	15:00:00	23:00:00	2008-04-30 00:00:00
3	Night	23:00:00	07:00:00	2008-04-30 00:00:00
\.

COPY employee (employee_id, national_id_number, login_id, job_title, birth_date, marital_status, gender, hire_date, salaried_flag, vacation_hours, sick_leave_hours, current_flag, rowguid, modified_date) FROM stdin;
1	295847284	adventure-works\\ken0	Chief Executive Officer	1969-01-29	S	M	2009-01-14	t	99	69	t	f01251e5-96a3-448d-981e-0f99d789110d	2014-06-30 00:00:00
2	245797967	adventure-works\\terri0	Vice President of Engineering	1971-08-01	S	F	2008-01-31	t	1	20	t	45e8f437-670d-4409-93cb-f9424a40d6ee	2014-06-30 00:00:00
3	509647174	adventure-works\\roberto0	Engineering Manager	1974-11-12	M	M	2007-11-11	t	2	21	t	9bbbfb2c-efbb-4217-9ab7-f97689328841	2014-06-30 00:00:00
4	112457891	adventure-works\\rob0	Senior Tool Designer	1974-12-23	S	M	2007-12-05	f	48	80	t	59747955-87b8-443f-8ed4-f8ad3afdf3a9	2014-06-30 00:00:00
5	695256908	adventure-works\\gail0	Design Engineer	1952-09-27	M	F	2008-01-06	t	5	22	t	ec84ae09-f9b8-4a15-b4a9-6ccbab919b08	2014-06-30 00:00:00
6	998320692	adventure-works\\jossef0	Design Engineer	1959-03-11	M	M	2008-01-24	t	6	23	t	e39056f1-9cd5-478d-8945-14aca7fbdcdd	2014-06-30 00:00:00
7	134969118	adventure-works\\dylan0	Research and Development Manager	1987-02-24	M	M	2009-02-08	t	61	50	t	4f46deca-ef01-41fd-9829-0adab368e431	2014-06-30 00:00:00
8	811994146	adventure-works\\diane1	Research and Development Engineer	1986-06-05	S	F	2008-12-29	t	62	51	t	31112635-663b-4018-b4a2-a685c0bf48a4	2014-06-30 00:00:00
9	658797903	adventure-works\\gigi0	Research and Development Engineer	1979-01-21	M	F	2009-01-16	t	63	51	t	50b6cdc6-7570-47ef-9570-48a64b5f2ecf	2014-06-30 00:00:00
10	879342154	adventure-works\\michael6	Research and Development Manager	1984-11-30	M	M	2009-05-03	t	16	64	t	eaa43680-5571-40cb-ab1a-3bf68f04459e	2014-06-30 00:00:00
11	974026903	adventure-works\\ovidiu0	Senior Tool Designer	1978-01-17	S	M	2010-12-05	f	7	23	t	f68c7c19-fac1-438c-9bb7-ac33fcc341c3	2014-06-30 00:00:00
12	480168528	adventure-works\\thierry0	Tool Designer	1959-07-29	M	M	2007-12-11	f	9	24	t	1d955171-e773-4fad-8382-40fd898d5d4d	2014-06-30 00:00:00
13	486228782	adventure-works\\janice0	Tool Designer	1989-05-28	M	F	2010-12-23	f	8	24	t	954b91b6-5aa7-48c2-8685-6e11c6e5c49a	2014-06-30 00:00:00
14	42487730	adventure-works\\michael8	Senior Design Engineer	1979-06-16	S	M	2010-12-30	t	3	21	t	46286ca4-46dd-4ddb-9128-85b67e98d1a9	2014-06-30 00:00:00
15	56920285	adventure-works\\sharon0	Design Engineer	1961-05-02	M	F	2011-01-18	t	4	22	t	54f2fdc0-87c4-4065-a7a8-9ac8ea624235	2014-06-30 00:00:00
16	24756624	adventure-works\\david0	Marketing Manager	1975-03-19	S	M	2007-12-20	t	40	40	t	e87029aa-2cba-4c03-b948-d83af0313e28	2014-06-30 00:00:00
17	253022876	adventure-works\\kevin0	Marketing Assistant	1987-05-03	S	M	2007-01-26	f	42	41	t	1b480240-95c0-410f-a717-eb29943c8886	2014-06-30 00:00:00
18	222969461	adventure-works\\john5	Marketing Specialist	1978-03-06	S	M	2011-02-07	f	48	44	t	64730415-1f58-4e5b-8fa8-5e4daeba53b4	2014-06-30 00:00:00
19	52541318	adventure-works\\mary2	Marketing Assistant	1978-01-29	S	F	2011-02-14	f	43	41	t	1f6da901-c7f7-48a8-8eef-d81868d72b52	2014-06-30 00:00:00
20	323403273	adventure-works\\wanida0	Marketing Assistant	1975-03-17	M	F	2011-01-07	f	41	40	t	43cca446-da1c-454c-8530-873ad2923e1b	2014-06-30 00:00:00
21	243322160	adventure-works\\terry0	Marketing Specialist	1986-02-04	M	M	2009-03-02	f	44	42	t	ad0d7626-4506-45c4-898f-9d7a0e13aabd	2014-06-30 00:00:00
22	95958330	adventure-works\\sariya0	Marketing Specialist	1987-05-21	S	M	2008-12-12	f	45	42	t	af21f1b7-0691-48ad-b325-b8f2d7b2268a	2014-06-30 00:00:00
23	767955365	adventure-works\\mary0	Marketing Specialist	1962-09-13	M	F	2009-01-12	f	46	43	t	90899830-127e-4876-85ca-7f6e03025281	2014-06-30 00:00:00
24	72636981	adventure-works\\jill0	Marketing Specialist	1979-06-18	M	F	2009-01-18	f	47	43	t	53575c58-fba1-4c1a-b8ff-95e050b44393	2014-06-30 00:00:00
25	519899904	adventure-works\\james1	Vice President of Production	1983-01-07	S	M	2009-02-03	t	64	52	t	d7314f24-2af1-429c-9bbb-4038f45f3e6c	2014-06-30 00:00:00
26	277173473	adventure-works\\peter0	Production Control Manager	1982-11-03	M	M	2008-12-01	t	43	41	t	69d5d162-e817-45e7-9dec-5d9b8310e7b1	2014-12-26 09:17:08.637
27	446466105	adventure-works\\jo0	Production Supervisor - WC60	1956-10-08	S	F	2008-02-27	f	80	60	t	83ffaac6-b895-481f-b897-14f965d4da47	2014-06-30 00:00:00
28	14417807	adventure-works\\guy1	Production Technician - WC60	1988-03-13	M	M	2006-06-30	f	21	30	t	aae1d04a-c237-4974-b4d5-935247737718	2014-06-30 00:00:00
29	948320468	adventure-works\\mark1	Production Technician - WC60	1979-09-25	S	M	2009-01-23	f	19	29	t	cdb2c6df-93e5-4558-91c8-424d5e7c658b	2014-06-30 00:00:00
30	410742000	adventure-works\\britta0	Production Technician - WC60	1989-09-28	M	F	2009-01-29	f	14	27	t	fc12677f-42f8-4790-ad69-685088ed7e5f	2014-06-30 00:00:00
31	750246141	adventure-works\\margie0	Production Technician - WC60	1986-05-20	M	F	2009-01-04	f	18	29	t	352d6e2f-655b-49a2-9fec-efd7d8cd0d30	2014-06-30 00:00:00
32	330211482	adventure-works\\rebecca0	Production Technician - WC60	1977-07-10	M	F	2008-12-29	f	23	31	t	bdadeb5c-a596-4da1-88ba-842c7a0cc10f	2014-06-30 00:00:00
33	801758002	adventure-works\\annik0	Production Technician - WC60	1976-12-26	M	M	2008-12-17	f	17	28	t	51fde6ac-bd50-467c-90e5-10ca7310455c	2014-06-30 00:00:00
34	754372876	adventure-works\\suchitra0	Production Technician - WC60	1987-06-10	M	F	2009-02-16	f	15	27	t	6adbd932-0da5-4f5c-af67-8e3a53630896	2014-06-30 00:00:00
35	999440576	adventure-works\\brandon0	Production Technician - WC60	1977-01-10	M	M	2009-02-08	f	22	31	t	ca5d1935-44e2-4c45-93bb-809e59f56796	2014-06-30 00:00:00
36	788456780	adventure-works\\jose0	Production Technician - WC60	1984-07-31	M	M	2009-02-10	f	20	30	t	9e912556-88ba-41ee-b946-cb84ab4c1102	2014-06-30 00:00:00
37	442121106	adventure-works\\chris2	Production Technician - WC60	1986-08-07	S	M	2009-03-07	f	16	28	t	77b384c7-affb-4816-992b-f5b3034ee4ff	2014-06-30 00:00:00
38	6298838	adventure-works\\kim1	Production Technician - WC60	1966-12-14	M	F	2010-01-16	f	24	32	t	891c27f4-28cc-44bb-bea3-da5ea7fbe957	2014-06-30 00:00:00
39	461786517	adventure-works\\ed0	Production Technician - WC60	1971-09-11	S	M	2010-02-05	f	25	32	t	8ef22fb3-af37-4b44-8862-d60a7cb09d82	2014-06-30 00:00:00
40	309738752	adventure-works\\jolynn0	Production Supervisor - WC60	1956-01-16	S	F	2007-12-26	f	82	61	t	2cc71b96-f421-485e-9832-8723337749bb	2014-06-30 00:00:00
41	458159238	adventure-works\\bryan0	Production Technician - WC60	1973-08-27	S	M	2009-01-21	f	35	37	t	4652d4e4-6a27-47ed-9f51-c377e293da28	2014-06-30 00:00:00
42	339712426	adventure-works\\james0	Production Technician - WC60	1984-07-25	M	M	2008-12-27	f	39	39	t	82e52d5a-165b-4c6d-9773-c3a6b6332ecd	2014-06-30 00:00:00
43	693325305	adventure-works\\nancy0	Production Technician - WC60	1988-11-19	M	F	2009-01-02	f	34	37	t	6b7eb306-9a00-496a-98a9-4e94fe72f77c	2014-06-30 00:00:00
44	276751903	adventure-works\\simon0	Production Technician - WC60	1990-05-17	S	M	2008-12-08	f	38	39	t	f734d38a-56b5-471e-8ded-a682e958a9b3	2014-06-30 00:00:00
45	500412746	adventure-works\\thomas0	Production Technician - WC60	1986-01-10	M	M	2009-02-26	f	37	38	t	8ff3af67-32f2-4a08-98c3-a40f842d41a3	2014-06-30 00:00:00
46	66073987	adventure-works\\eugene1	Production Technician - WC60	1976-02-10	S	M	2009-02-08	f	36	38	t	33543b35-77da-4600-a41b-1eafea0ad643	2014-06-30 00:00:00
47	33237992	adventure-works\\andrew0	Production Supervisor - WC10	1988-09-06	S	M	2009-02-22	f	65	52	t	08365b05-c143-4260-a93c-6b69418b1946	2014-06-30 00:00:00
48	690627818	adventure-works\\ruth0	Production Technician - WC10	1956-06-04	M	F	2008-01-06	f	83	61	t	3e3b6905-209e-442e-b8a8-9a0980241c6a	2014-06-30 00:00:00
49	912265825	adventure-works\\barry0	Production Technician - WC10	1956-03-26	S	M	2008-01-07	f	88	64	t	756a60ae-378f-43d8-9f93-1e821d1eaf52	2014-06-30 00:00:00
50	844973625	adventure-works\\sidney0	Production Technician - WC10	1956-08-30	M	M	2008-02-02	f	84	62	t	40d603d9-7f99-48b7-a580-b17cf429bed2	2014-06-30 00:00:00
51	132674823	adventure-works\\jeffrey0	Production Technician - WC10	1956-07-11	S	M	2008-02-20	f	85	62	t	6e086f41-b81d-4bdc-9f13-0eec488dc43e	2014-06-30 00:00:00
52	565090917	adventure-works\\doris0	Production Technician - WC10	1956-04-04	M	F	2008-03-10	f	86	63	t	692b8826-03b4-4c3b-82fc-1fc6f1409689	2014-06-30 00:00:00
53	9659517	adventure-works\\diane0	Production Technician - WC10	1956-03-29	M	F	2008-03-28	f	87	63	t	c334b2d2-0c56-4906-9095-f1d07a98cbec	2014-06-30 00:00:00
54	109272464	adventure-works\\bonnie0	Production Technician - WC10	1986-09-10	M	F	2010-01-01	f	89	64	t	e950a52a-df61-4fec-9063-545664d65b89	2014-06-30 00:00:00
55	233069302	adventure-works\\taylor0	Production Supervisor - WC50	1956-04-01	M	M	2008-02-08	f	79	59	t	28f7ef89-2793-4989-b67d-25046543c1e3	2014-06-30 00:00:00
56	652535724	adventure-works\\denise0	Production Technician - WC50	1988-07-06	M	F	2009-02-05	f	9	24	t	77878c43-f16e-437d-892f-3cfcc0715a0a	2014-06-30 00:00:00
57	10708100	adventure-works\\frank1	Production Technician - WC50	1971-07-24	S	M	2009-02-23	f	10	25	t	b395cd84-77ba-4d3c-a49d-d9e8d6cf100b	2014-06-30 00:00:00
58	571658797	adventure-works\\kendall0	Production Technician - WC50	1986-05-30	M	M	2008-12-05	f	11	25	t	65207627-5521-4a8e-ad3c-b2f1b5226b85	2014-06-30 00:00:00
59	843479922	adventure-works\\bob0	Production Technician - WC50	1979-08-16	S	M	2008-12-24	f	12	26	t	68616aea-81e5-4940-a7e4-6fba882bccf6	2014-06-30 00:00:00
60	827686041	adventure-works\\pete0	Production Technician - WC50	1977-02-03	S	M	2009-01-11	f	13	26	t	1f1d813d-3edc-4274-8e9b-4519d71685b6	2014-06-30 00:00:00
61	92096924	adventure-works\\diane2	Production Technician - WC50	1989-08-09	S	F	2009-01-18	f	8	24	t	721a2921-c415-46de-9111-13f25f428b8b	2014-06-30 00:00:00
62	494170342	adventure-works\\john0	Production Supervisor - WC60	1956-08-07	M	M	2008-03-17	f	81	60	t	d4ed1f78-7c28-479b-bfef-a73228ba2aaa	2014-06-30 00:00:00
63	414476027	adventure-works\\maciej0	Production Technician - WC60	1955-01-30	S	M	2010-01-29	f	30	35	t	3229d93f-6a14-4bac-abc5-a91b9ecfb4d3	2014-06-30 00:00:00
64	582347317	adventure-works\\michael7	Production Technician - WC60	1973-09-05	S	M	2010-02-23	f	26	33	t	492b24bd-bde9-4371-b96e-ccd72264b91f	2014-06-30 00:00:00
65	8066363	adventure-works\\randy0	Production Technician - WC60	1970-04-28	M	M	2010-02-23	f	29	34	t	9a08108d-e039-4862-8f93-55f18017ad72	2014-06-30 00:00:00
66	834186596	adventure-works\\karan0	Production Technician - WC60	1970-03-07	S	M	2009-12-22	f	28	34	t	08b1ba74-dd80-4fda-8327-93268b84977b	2014-06-30 00:00:00
67	63179277	adventure-works\\jay0	Production Technician - WC60	1976-02-11	S	M	2009-03-05	f	32	36	t	18187809-5294-474f-85a1-d5be6bd518d6	2014-06-30 00:00:00
68	537092325	adventure-works\\charles0	Production Technician - WC60	1971-09-02	S	M	2009-12-03	f	27	33	t	cdc11292-df74-4fb0-8676-5b2aa4687142	2014-06-30 00:00:00
69	752513276	adventure-works\\steve0	Production Technician - WC60	1991-04-06	S	M	2009-02-15	f	31	35	t	12f678d7-ead3-4cf4-8518-a19aacf2a6d4	2014-06-30 00:00:00
70	36151748	adventure-works\\david2	Production Technician - WC60	1984-12-29	M	M	2008-12-15	f	33	36	t	fc617bb8-d2a3-4374-873c-8ef38d80127d	2014-06-30 00:00:00
71	578935259	adventure-works\\michael3	Production Supervisor - WC30	1989-01-29	S	M	2009-02-15	f	70	55	t	1ad772d7-7b4a-4a7b-8676-49dd7608cb94	2014-06-30 00:00:00
72	443968955	adventure-works\\steven0	Production Technician - WC30	1977-05-14	M	M	2008-12-01	f	41	40	t	0a8937c9-68aa-4d48-ba4e-b40493d764aa	2014-06-30 00:00:00
73	138280935	adventure-works\\carole0	Production Technician - WC30	1983-10-19	M	F	2008-12-19	f	42	41	t	c76a41f1-a390-4ae4-a82a-2a87764c6391	2014-06-30 00:00:00
74	420023788	adventure-works\\bjorn0	Production Technician - WC30	1989-11-06	S	M	2009-01-07	f	43	41	t	a942e1e0-2d5e-4858-97c0-947020e96860	2014-06-30 00:00:00
75	363996959	adventure-works\\michiko0	Production Technician - WC30	1982-06-27	S	M	2009-01-26	f	44	42	t	f359f5b6-5e18-4c62-8531-14d951911ce5	2014-06-30 00:00:00
76	227319668	adventure-works\\carol0	Production Technician - WC30	1988-10-17	M	F	2009-02-12	f	45	42	t	8d0182a3-5b59-4eea-9b3c-c7f05da9a2ce	2014-06-30 00:00:00
77	301435199	adventure-works\\merav0	Production Technician - WC30	1983-05-13	M	F	2009-03-03	f	46	43	t	2ee7914a-62d3-473b-a0e1-e4e55341ec4e	2014-06-30 00:00:00
78	370989364	adventure-works\\reuben0	Production Supervisor - WC40	1987-08-27	M	M	2008-12-15	f	72	56	t	71eee2a6-b9b3-4bf4-8949-01239df7c901	2014-06-30 00:00:00
79	697712387	adventure-works\\eric1	Production Technician - WC40	1966-12-08	M	M	2010-01-24	f	60	50	t	55f62e38-9457-46c8-a824-e46a3117a935	2014-06-30 00:00:00
80	943170460	adventure-works\\sandeep0	Production Technician - WC40	1970-12-03	S	M	2010-01-17	f	65	52	t	606c21e2-3ec0-48a6-a9fe-6bc8123ac786	2014-06-30 00:00:00
81	413787783	adventure-works\\mihail0	Production Technician - WC40	1971-03-09	S	M	2009-12-29	f	64	52	t	03a9ba14-0d5b-4671-b851-2c1721efbf01	2014-06-30 00:00:00
82	58791499	adventure-works\\jack1	Production Technician - WC40	1973-08-29	S	M	2010-03-03	f	62	51	t	d308d387-f7f3-4b5f-abda-faf5574245cd	2014-06-30 00:00:00
83	988315686	adventure-works\\patrick1	Production Technician - WC40	1973-12-23	M	M	2010-02-12	f	61	50	t	296c52ae-169f-4292-975d-c508476dcecf	2014-06-30 00:00:00
84	947029962	adventure-works\\frank3	Production Technician - WC40	1952-03-02	M	M	2010-02-05	f	66	53	t	9af24acc-ea3e-4efe-b5e3-4762c496d57c	2014-06-30 00:00:00
85	1662732	adventure-works\\brian2	Production Technician - WC40	1970-12-23	S	M	2009-12-11	f	63	51	t	c294f676-caaf-4924-9730-bc81ae408be1	2014-06-30 00:00:00
86	769680433	adventure-works\\ryan0	Production Technician - WC40	1972-06-13	M	M	2009-01-05	f	59	49	t	10e5bd6f-2b9c-4192-a94d-6a2d50ea1adb	2014-06-30 00:00:00
87	7201901	adventure-works\\cristian0	Production Supervisor - WC10	1984-04-11	M	M	2008-12-22	f	67	53	t	5be16416-8570-417d-9e54-047db468b5e9	2014-06-30 00:00:00
88	294148271	adventure-works\\betsy0	Production Technician - WC10	1966-12-17	S	F	2009-12-18	f	99	69	t	ebcdba1c-6c1d-4d36-90f7-1893755c85e3	2014-06-30 00:00:00
89	90888098	adventure-works\\patrick0	Production Technician - WC10	1986-09-10	S	M	2010-02-01	f	96	68	t	d5fbe9e6-b8c5-484c-b4b8-48059e0ef267	2014-06-30 00:00:00
90	82638150	adventure-works\\danielle0	Production Technician - WC10	1986-09-07	S	F	2010-02-20	f	97	68	t	bb886159-1400-4264-b7c9-a3769beb1274	2014-06-30 00:00:00
91	390124815	adventure-works\\kimberly0	Production Technician - WC10	1986-09-13	S	F	2010-01-12	f	95	67	t	ce256b6c-1eee-43ed-9969-7cac480ff4d7	2014-06-30 00:00:00
92	826454897	adventure-works\\tom0	Production Technician - WC10	1986-10-01	M	M	2010-03-10	f	98	69	t	b3bf7fc5-2014-48ce-b7bb-76124fa8446c	2014-06-30 00:00:00
93	778552911	adventure-works\\kok-ho0	Production Supervisor - WC50	1980-04-28	S	M	2008-12-27	f	78	59	t	57fb2c0f-b105-49f0-967a-88f3d743cb3f	2014-06-30 00:00:00
94	718299860	adventure-works\\russell0	Production Technician - WC50	1972-11-25	M	M	2008-12-12	f	6	23	t	6b10192f-d570-47c4-82c9-3d979b1efdc1	2014-06-30 00:00:00
95	674171828	adventure-works\\jim0	Production Technician - WC50	1986-09-08	M	M	2008-12-19	f	1	20	t	6175876e-8fcc-4917-be06-fc358515e6df	2014-06-30 00:00:00
96	912141525	adventure-works\\elizabeth0	Production Technician - WC50	1990-01-25	M	F	2009-03-02	f	5	22	t	62a9f73f-6443-4f2f-b864-18186614bfb6	2014-06-30 00:00:00
97	370581729	adventure-works\\mandar0	Production Technician - WC50	1986-03-21	S	M	2009-02-10	f	0	20	t	1f0e068a-48c5-40bf-8190-565150efdadd	2014-06-30 00:00:00
98	152085091	adventure-works\\sameer0	Production Technician - WC50	1978-06-26	M	M	2009-02-11	f	4	22	t	a703169f-1563-488e-914d-d784fd07f29a	2014-06-30 00:00:00
99	431859843	adventure-works\\nuan0	Production Technician - WC50	1979-03-29	S	M	2009-01-06	f	2	21	t	a6089357-2f2f-48cc-ab3c-d9b75a3c09d7	2014-06-30 00:00:00
100	204035155	adventure-works\\lolan0	Production Technician - WC50	1973-01-24	M	M	2009-01-12	f	7	23	t	9b9b768d-7cc1-4dce-87cb-765ab73a6aff	2014-06-30 00:00:00
101	153288994	adventure-works\\houman0	Production Technician - WC50	1971-08-30	M	M	2009-01-25	f	3	21	t	9ce8b2e8-9944-4ba5-97de-441d8314f161	2014-06-30 00:00:00
102	360868122	adventure-works\\zheng0	Production Supervisor - WC10	1983-10-26	S	M	2008-12-03	f	66	53	t	c75f2740-ace3-4ebf-91c5-7ab352e1095f	2014-06-30 00:00:00
103	455563743	adventure-works\\ebru0	Production Technician - WC10	1986-09-22	S	M	2009-12-06	f	93	66	t	6c25a32b-88b5-4f84-a129-f7f688dfa588	2014-06-30 00:00:00
104	717889520	adventure-works\\mary1	Production Technician - WC10	1986-09-19	M	F	2009-12-25	f	94	67	t	6dc9f7d0-5664-4e4a-90f5-7ab85ebb02e6	2014-06-30 00:00:00
105	801365500	adventure-works\\kevin2	Production Technician - WC10	1986-09-19	S	M	2009-12-25	f	90	65	t	8b21e53d-e705-479a-b32e-6e63ac2f4bcd	2014-06-30 00:00:00
106	561196580	adventure-works\\john4	Production Technician - WC10	1986-09-28	S	M	2010-02-27	f	92	66	t	d4cf23d9-21b6-45e4-827c-22890df0373b	2014-06-30 00:00:00
107	393421437	adventure-works\\christopher0	Production Technician - WC10	1986-10-01	M	M	2010-02-08	f	91	65	t	f71c6055-557b-4660-86ff-8c0fa14b24e6	2014-06-30 00:00:00
108	630184120	adventure-works\\jinghao0	Production Supervisor - WC50	1989-02-05	S	M	2008-12-08	f	77	58	t	2bca07d3-f2ac-4406-904f-e09156f3eb3e	2014-06-30 00:00:00
109	113695504	adventure-works\\alice0	Production Technician - WC50	1978-01-26	M	F	2008-12-07	f	95	67	t	7e632b21-0d11-4bba-8a68-8cae14c20ae6	2014-06-30 00:00:00
110	857651804	adventure-works\\jun0	Production Technician - WC50	1979-07-06	S	M	2008-12-14	f	90	65	t	9c5f84d1-fb96-4d82-92a1-f932903deaad	2014-06-30 00:00:00
111	415823523	adventure-works\\suroor0	Production Technician - WC50	1978-02-25	S	M	2008-12-17	f	93	66	t	14010b0e-c101-4e41-b788-21923399e512	2014-06-30 00:00:00
112	981597097	adventure-works\\john1	Production Technician - WC50	1978-05-31	S	M	2009-01-01	f	91	65	t	b6998410-ee0f-4307-9e6e-fe348f11012d	2014-06-30 00:00:00
113	54759846	adventure-works\\linda0	Production Technician - WC50	1987-07-17	M	F	2008-12-25	f	96	68	t	fb84759c-b687-43b2-8727-125efe0f5e13	2014-06-30 00:00:00
114	342607223	adventure-works\\mindaugas0	Production Technician - WC50	1978-05-07	M	M	2009-01-13	f	97	68	t	1d784088-dacb-4185-9f60-3d2db4925ba5	2014-06-30 00:00:00
115	563680513	adventure-works\\angela0	Production Technician - WC50	1991-05-31	S	F	2009-01-20	f	92	66	t	4958e1c3-c872-4222-954e-09d2060ea7ef	2014-06-30 00:00:00
116	398737566	adventure-works\\michael2	Production Technician - WC50	1974-05-03	S	M	2009-01-31	f	98	69	t	c6eb2566-cf28-4602-9a25-5b91c8728838	2014-06-30 00:00:00
117	599942664	adventure-works\\chad0	Production Technician - WC50	1990-08-04	M	M	2009-02-18	f	99	69	t	83a32d4c-4725-478f-9997-91739bb957ba	2014-06-30 00:00:00
118	222400012	adventure-works\\don0	Production Technician - WC50	1971-06-13	M	M	2009-02-13	f	88	64	t	e720053d-922e-4c91-b81a-a1ca4ef8bb0e	2014-06-30 00:00:00
119	334834274	adventure-works\\michael4	Production Technician - WC50	1989-06-15	S	M	2009-02-25	f	94	67	t	eb27c026-9470-4450-8d5e-1f38a41793b5	2014-06-30 00:00:00
120	211789056	adventure-works\\kitti0	Production Technician - WC50	1987-06-06	S	F	2009-03-04	f	89	64	t	49a05524-fa34-45b1-95bc-489901dc5b50	2014-06-30 00:00:00
121	521265716	adventure-works\\pilar0	Shipping and Receiving Supervisor	1972-09-09	S	M	2009-01-02	t	93	66	t	01bcce22-d63a-4c3f-9ba8-d3d5a4c3bd52	2014-06-30 00:00:00
122	586486572	adventure-works\\susan0	Stocker	1978-02-17	S	F	2008-12-07	f	97	68	t	923ecfd6-e202-429a-9141-6cb183531439	2014-06-30 00:00:00
123	337752649	adventure-works\\vamsi0	Shipping and Receiving Clerk	1977-03-18	M	M	2008-12-07	f	95	67	t	a8838ab2-99de-415c-8675-d82ebf1c4752	2014-06-30 00:00:00
124	420776180	adventure-works\\kim0	Stocker	1984-04-30	S	F	2008-12-26	f	98	69	t	6150f197-7923-40d4-84f2-936207d468ab	2014-06-30 00:00:00
125	584205124	adventure-works\\matthias0	Shipping and Receiving Clerk	1973-11-11	M	M	2009-01-20	f	94	67	t	54ed63dc-c62c-4cc7-89c2-015df49c49a5	2014-06-30 00:00:00
126	652779496	adventure-works\\jimmy0	Stocker	1985-05-04	M	M	2009-02-26	f	96	68	t	96442787-9520-4955-a457-38afddb6ff13	2014-06-30 00:00:00
127	750905084	adventure-works\\david4	Production Supervisor - WC40	1983-07-02	S	M	2009-01-03	f	73	56	t	516538e8-115b-44f4-aa7b-e6c1d9f8adfc	2014-06-30 00:00:00
128	384162788	adventure-works\\paul0	Production Technician - WC40	1980-11-13	S	M	2008-12-04	f	68	54	t	0217049e-1566-42b6-8027-41b751e2b00b	2014-06-30 00:00:00
129	502058701	adventure-works\\gary0	Production Technician - WC40	1988-05-16	S	M	2008-12-22	f	69	54	t	a03d6052-1f85-4ebe-aac9-b67cfdcd91a6	2014-06-30 00:00:00
130	578953538	adventure-works\\rob1	Production Technician - WC40	1973-08-04	S	M	2009-02-13	f	71	55	t	54fda597-6822-42b4-b128-63eca03071f2	2014-06-30 00:00:00
131	273260055	adventure-works\\baris0	Production Technician - WC40	1990-10-07	S	M	2009-02-15	f	72	56	t	232d68bf-df58-48f9-9235-53bd4b009b4b	2014-06-30 00:00:00
132	1300049	adventure-works\\nicole0	Production Technician - WC40	1986-04-09	M	F	2009-02-22	f	67	53	t	15671e3b-016f-41fd-840b-5a9f7d776d9a	2014-06-30 00:00:00
133	830150469	adventure-works\\michael1	Production Technician - WC40	1991-01-04	S	M	2009-01-10	f	70	55	t	416bf905-7d6c-4692-8fd6-40f6c4f9ecc4	2014-06-30 00:00:00
134	45615666	adventure-works\\eric0	Production Supervisor - WC20	1985-01-19	M	M	2009-01-14	f	40	40	t	2abcf39b-88d7-49fa-820a-83d223322ba5	2014-06-30 00:00:00
135	964089218	adventure-works\\ivo0	Production Technician - WC20	1982-01-03	M	M	2008-12-04	f	9	24	t	d83a26f3-7ea7-477b-a5bb-7eaadfc13a09	2014-06-30 00:00:00
136	701156975	adventure-works\\sylvester0	Production Technician - WC20	1970-11-12	M	M	2009-12-11	f	4	22	t	d9c43d08-3882-4e5c-bdf0-f6bd7004cd04	2014-06-30 00:00:00
137	63761469	adventure-works\\anibal0	Production Technician - WC20	1974-09-05	S	F	2009-02-23	f	8	24	t	bc18a829-f0ce-4eaf-9785-2d84c86f925a	2014-06-30 00:00:00
138	25011600	adventure-works\\samantha0	Production Technician - WC20	1987-11-22	M	F	2009-02-04	f	7	23	t	1629eddd-d0ae-4cb9-a59c-3a175f7027e5	2014-06-30 00:00:00
139	113393530	adventure-works\\hung-fu0	Production Technician - WC20	1971-10-23	S	M	2010-01-06	f	0	20	t	065d8d5f-9504-4ffe-98dc-e69677f19f15	2014-06-30 00:00:00
140	339233463	adventure-works\\prasanna0	Production Technician - WC20	1953-04-30	M	M	2010-01-22	f	5	22	t	72ed240a-0fd8-4423-8a49-9078ba6bcf6c	2014-06-30 00:00:00
141	872923042	adventure-works\\min0	Production Technician - WC20	1974-09-10	M	M	2010-01-24	f	1	20	t	cc75c35d-1566-43fa-b2e9-d1e508efdcd1	2014-06-30 00:00:00
142	163347032	adventure-works\\olinda0	Production Technician - WC20	1970-04-04	S	F	2010-03-04	f	3	21	t	6456cec3-9b1e-4ebc-9fd8-732b93363f65	2014-06-30 00:00:00
143	56772045	adventure-works\\krishna0	Production Technician - WC20	1971-09-05	S	M	2010-02-13	f	2	21	t	42a506a5-0ac0-4148-b702-bb7b804ef98c	2014-06-30 00:00:00
144	886023130	adventure-works\\paul1	Production Technician - WC20	1990-11-04	M	M	2009-01-17	f	6	23	t	dc5ba622-b860-41ee-af92-5feb4779b589	2014-06-30 00:00:00
145	386315192	adventure-works\\cynthia0	Production Supervisor - WC30	1981-08-18	S	F	2009-01-27	f	69	54	t	f9e1dc46-0d03-4a8a-b693-1a964bc13e6c	2014-06-30 00:00:00
146	160739235	adventure-works\\jianshuo0	Production Technician - WC30	1989-06-25	S	M	2008-12-07	f	36	38	t	6fff136a-9664-4eb9-9243-fac76e21b9dd	2014-06-30 00:00:00
147	604664374	adventure-works\\sandra0	Production Technician - WC30	1975-11-05	M	F	2008-12-26	f	37	38	t	f69f3ff9-e1e0-4419-a6bf-f705e1556160	2014-06-30 00:00:00
148	733022683	adventure-works\\jason0	Production Technician - WC30	1988-12-07	S	M	2009-01-14	f	38	39	t	c16c501d-942d-4eb0-b5c4-ef8119fbeba2	2014-06-30 00:00:00
149	764853868	adventure-works\\andy0	Production Technician - WC30	1983-10-20	M	M	2009-01-31	f	39	39	t	615a6bfe-3046-4037-9764-238535f725be	2014-06-30 00:00:00
150	878395493	adventure-works\\michael5	Production Technician - WC30	1982-09-18	M	M	2009-02-26	f	35	37	t	2b0876d4-8996-4e71-a613-be2e98e7accf	2014-06-30 00:00:00
151	993310268	adventure-works\\rostislav0	Production Technician - WC30	1977-09-13	M	M	2009-02-19	f	40	40	t	00027a8c-c2f8-4a31-aba8-8a203638b8f1	2014-06-30 00:00:00
152	319472946	adventure-works\\yuhong0	Production Supervisor - WC20	1977-04-06	M	M	2009-02-01	f	41	40	t	f1a684f4-02db-4b22-8977-6d8d3a21100e	2014-06-30 00:00:00
153	568596888	adventure-works\\hanying0	Production Technician - WC20	1974-10-16	S	M	2008-12-16	f	15	27	t	618b71bc-6e8c-492d-8862-b9efb7a4e06a	2014-06-30 00:00:00
154	97728960	adventure-works\\raymond0	Production Technician - WC20	1967-03-02	M	M	2008-12-23	f	10	25	t	9f01e1fb-b893-40cc-9f5c-aaf89f9b7af5	2014-06-30 00:00:00
155	212801092	adventure-works\\fadi0	Production Technician - WC20	1989-02-15	S	M	2009-01-04	f	16	28	t	9923376f-26d0-4845-9d99-cc3d696caeb8	2014-06-30 00:00:00
156	322160340	adventure-works\\lane0	Production Technician - WC20	1974-09-23	M	M	2009-01-11	f	11	25	t	042427b8-3883-4a87-a6a3-724ee1690f49	2014-06-30 00:00:00
157	812797414	adventure-works\\linda1	Production Technician - WC20	1977-10-05	S	F	2009-02-03	f	12	26	t	f963f913-449e-4ebb-bfda-fc0c3010db65	2014-06-30 00:00:00
158	300946911	adventure-works\\shelley0	Production Technician - WC20	1986-12-08	S	F	2009-03-07	f	14	27	t	13942056-2930-4490-83ce-af2386d5a5e7	2014-06-30 00:00:00
159	404159499	adventure-works\\terrence0	Production Technician - WC20	1984-12-08	S	M	2009-02-16	f	13	26	t	4da76442-5eef-41fb-ae19-16c55714f9ad	2014-06-30 00:00:00
160	712885347	adventure-works\\jeff0	Production Supervisor - WC45	1977-01-15	M	M	2009-01-21	f	74	57	t	7c7d459e-1f49-427d-9bd5-de31880c85dc	2014-06-30 00:00:00
161	275962311	adventure-works\\kirk0	Production Technician - WC45	1985-02-06	S	M	2008-12-15	f	74	57	t	08d25baa-167b-499c-8b51-31dcc856a8cf	2014-06-30 00:00:00
162	514829225	adventure-works\\laura0	Production Technician - WC45	1980-12-25	S	F	2009-01-03	f	75	57	t	fccd65ba-2702-4409-ae56-75af1710ac78	2014-06-30 00:00:00
163	377784364	adventure-works\\alex0	Production Technician - WC45	1990-04-13	M	M	2009-02-08	f	77	58	t	b96bc9c2-5a25-4a9b-887a-c7c10e47b80c	2014-06-30 00:00:00
164	65848458	adventure-works\\andrew1	Production Technician - WC45	1988-09-24	S	M	2009-03-06	f	73	56	t	a2a2cf20-4e5c-45f7-a7bd-1b94f0c3a43a	2014-06-30 00:00:00
165	539490372	adventure-works\\chris0	Production Technician - WC45	1988-12-16	M	M	2009-01-22	f	76	58	t	300223f3-5587-4230-909b-d9c4afd6d683	2014-06-30 00:00:00
166	60114406	adventure-works\\jack0	Production Supervisor - WC30	1983-06-22	S	M	2009-02-21	f	68	54	t	69a47230-70ee-48fd-ac15-c39f3712ff14	2014-06-30 00:00:00
167	498138869	adventure-works\\david1	Production Technician - WC30	1979-11-02	S	M	2008-12-02	f	25	32	t	ed7ee92e-a9d0-4e3a-8dee-4b143e459f7e	2014-06-30 00:00:00
168	271438431	adventure-works\\garrett0	Production Technician - WC30	1984-08-25	S	M	2008-12-07	f	34	37	t	a6f5f72f-aa03-41b7-8b6e-b123bd360753	2014-06-30 00:00:00
169	351069889	adventure-works\\susan1	Production Technician - WC30	1983-04-02	S	F	2008-12-14	f	31	35	t	f73d75d5-b47b-46ee-ad11-7bf13dd6c55d	2014-06-30 00:00:00
170	476115505	adventure-works\\george0	Production Technician - WC30	1977-04-16	M	M	2008-12-21	f	26	33	t	01b119a2-2af3-4775-818e-b421fecb07a7	2014-06-30 00:00:00
171	746373306	adventure-works\\david3	Production Technician - WC30	1981-08-03	S	M	2009-01-02	f	32	36	t	84c358d4-2493-452c-b7d6-b212c893a009	2014-06-30 00:00:00
172	364818297	adventure-works\\marc0	Production Technician - WC30	1986-10-24	M	M	2009-01-16	f	22	31	t	1f151abc-db4a-431a-8a5d-15f46c5b8ffc	2014-06-30 00:00:00
173	87268837	adventure-works\\eugene0	Production Technician - WC30	1987-07-15	S	M	2009-01-21	f	33	36	t	1ba1d374-18ae-48ed-938f-6f5d2eec4d4d	2014-06-30 00:00:00
174	585408256	adventure-works\\benjamin0	Production Technician - WC30	1986-01-05	S	M	2009-01-27	f	28	34	t	f1a6f824-895b-4a0f-af1b-05fba703e69f	2014-06-30 00:00:00
175	259388196	adventure-works\\reed0	Production Technician - WC30	1989-01-08	M	M	2009-02-02	f	23	31	t	b3967c00-7014-4960-af15-b1a6d3094f6f	2014-06-30 00:00:00
176	860123571	adventure-works\\david7	Production Technician - WC30	1985-09-23	M	M	2009-02-14	f	29	34	t	85afb689-7eab-41a8-b154-9446195d5bde	2014-06-30 00:00:00
177	551346974	adventure-works\\russell1	Production Technician - WC30	1982-02-11	M	M	2009-02-21	f	24	32	t	d54c7989-2675-4ef3-b392-370a8d264b2b	2014-06-30 00:00:00
178	568626529	adventure-works\\john3	Production Technician - WC30	1982-03-24	S	M	2009-03-03	f	27	33	t	96c7eab1-6dea-4c59-afd8-923f0e8de1f6	2014-06-30 00:00:00
179	587567941	adventure-works\\jan0	Production Technician - WC30	1974-11-15	S	M	2009-03-05	f	30	35	t	975f827d-be71-4eb1-8dbf-e6c451d1fad5	2014-06-30 00:00:00
180	862951447	adventure-works\\katie0	Production Supervisor - WC20	1984-11-18	S	F	2009-02-20	f	42	41	t	5be8b211-cbe5-45d8-84fd-23f36a881473	2014-06-30 00:00:00
181	545337468	adventure-works\\michael0	Production Technician - WC20	1984-11-17	S	M	2008-12-09	f	20	30	t	4fd6fe82-535a-4dd1-beb1-154a8b5e42f0	2014-06-30 00:00:00
182	368920189	adventure-works\\nitin0	Production Technician - WC20	1986-12-01	S	M	2008-12-28	f	21	30	t	ebbc6787-3f2d-4f6b-9ea3-4def02ef382e	2014-06-30 00:00:00
183	969985265	adventure-works\\barbara0	Production Technician - WC20	1979-07-02	M	F	2009-01-22	f	17	28	t	045c9cbb-3448-4599-9fa9-6c7a9f82f832	2014-06-30 00:00:00
184	305522471	adventure-works\\john2	Production Technician - WC20	1986-04-05	M	M	2009-02-09	f	18	29	t	bab69951-28ad-4bca-b5ac-032746d0cc6f	2014-06-30 00:00:00
185	621932914	adventure-works\\stefen0	Production Technician - WC20	1975-12-21	S	M	2009-02-28	f	19	29	t	b9eebf9f-f694-4bc2-98ec-9b4fb0379edf	2014-06-30 00:00:00
186	551834634	adventure-works\\shane0	Production Supervisor - WC45	1990-05-24	S	M	2009-02-08	f	75	57	t	2625c358-672a-4000-ad67-b8cd3f318285	2014-06-30 00:00:00
187	713403643	adventure-works\\yvonne0	Production Technician - WC45	1989-04-15	M	F	2008-12-09	f	79	59	t	83c6dabf-fd7d-4f5b-bb22-eb7eebb9a772	2014-06-30 00:00:00
188	435234965	adventure-works\\douglas0	Production Technician - WC45	1985-11-24	M	M	2008-12-27	f	80	60	t	1ab0edeb-7558-4734-8423-5a11b44dca35	2014-06-30 00:00:00
189	187369436	adventure-works\\janeth0	Production Technician - WC45	1972-07-24	S	F	2009-01-15	f	81	60	t	8261b8cb-bc3f-4bce-b364-86035d870263	2014-06-30 00:00:00
190	456839592	adventure-works\\robert0	Production Technician - WC45	1985-02-28	S	M	2009-02-02	f	82	61	t	2203154e-5ebd-4aca-99be-d835a3309d03	2014-06-30 00:00:00
191	399658727	adventure-works\\lionel0	Production Technician - WC45	1988-03-14	S	M	2009-02-26	f	78	59	t	231b1798-f67b-45c1-9688-265180f93d28	2014-06-30 00:00:00
192	634335025	adventure-works\\brenda0	Production Supervisor - WC40	1983-02-28	M	F	2009-03-05	f	71	55	t	714d519b-375e-4c5a-8491-c758d00cf95f	2014-06-30 00:00:00
193	761597760	adventure-works\\alejandro0	Production Technician - WC40	1988-12-05	S	M	2008-12-06	f	52	46	t	8c7321d2-2c64-4902-9d64-8f5c1eb7f747	2014-06-30 00:00:00
194	295971920	adventure-works\\fred0	Production Technician - WC40	1989-06-25	S	M	2008-12-12	f	47	43	t	45358ae8-0b0e-4c11-90bb-dac3ec0d5c82	2014-06-30 00:00:00
195	918737118	adventure-works\\kevin1	Production Technician - WC40	1985-12-25	S	M	2008-12-17	f	58	49	t	dc7e95ff-275e-41c2-8ed3-686864f0540a	2014-06-30 00:00:00
196	370487086	adventure-works\\shammi0	Production Technician - WC40	1980-10-04	M	M	2008-12-24	f	53	46	t	9bef0c94-7969-4905-9a42-ce469c754800	2014-06-30 00:00:00
197	632092621	adventure-works\\rajesh0	Production Technician - WC40	1977-10-04	M	M	2008-12-31	f	48	44	t	aca7b40c-7ac0-4daa-b4c7-1051d850d7d9	2014-06-30 00:00:00
198	19312190	adventure-works\\lorraine0	Production Technician - WC40	1988-11-26	M	F	2009-01-04	f	49	44	t	a63966b6-9ad6-40bc-afd4-a83745879f4d	2014-06-30 00:00:00
199	992874797	adventure-works\\paula1	Production Technician - WC40	1987-02-10	M	F	2009-01-12	f	54	47	t	5dd2be46-204f-4af3-91f5-5ef082f6d6a6	2014-06-30 00:00:00
200	749211824	adventure-works\\frank0	Production Technician - WC40	1987-09-06	M	M	2009-01-17	f	56	48	t	dd9ad278-ed17-40cf-8619-baf1bb9d1cf2	2014-06-30 00:00:00
201	746201340	adventure-works\\brian0	Production Technician - WC40	1977-02-10	S	M	2009-01-29	f	55	47	t	18d594a8-b4ed-43c0-9c43-6033feaadf4e	2014-06-30 00:00:00
202	436757988	adventure-works\\tawana0	Production Technician - WC40	1989-11-10	S	M	2009-02-05	f	50	45	t	bb4a3e50-232e-4212-9faf-e67429febc7d	2014-06-30 00:00:00
203	693168613	adventure-works\\ken1	Production Technician - WC40	1981-05-28	M	M	2009-02-24	f	51	45	t	699c00d8-c4ab-4cd2-a48f-37cbcb5bfcca	2014-06-30 00:00:00
204	440379437	adventure-works\\gabe0	Production Technician - WC40	1988-05-10	M	M	2009-03-08	f	57	48	t	790c9a7c-264c-4d48-a9d3-e2571a8011d8	2014-06-30 00:00:00
205	332349500	adventure-works\\lori0	Production Supervisor - WC45	1980-07-18	S	F	2009-02-26	f	76	58	t	23d436fc-08f7-4988-8b4d-490aa4e8b7e7	2014-06-30 00:00:00
206	835460180	adventure-works\\stuart0	Production Technician - WC45	1962-09-13	S	M	2008-12-02	f	84	62	t	4f361b4f-7920-4037-9a0a-46d616f9b9c7	2014-06-30 00:00:00
207	687685941	adventure-works\\greg0	Production Technician - WC45	1970-10-18	S	M	2008-12-02	f	85	62	t	a36b5d6b-72a5-47f8-9f6b-5d922130e760	2014-06-30 00:00:00
208	199546871	adventure-works\\scott0	Production Technician - WC45	1987-02-10	M	M	2009-01-08	f	86	63	t	e35da50a-bb51-4e08-8b8d-87ef4650247a	2014-06-30 00:00:00
209	167554340	adventure-works\\kathie0	Production Technician - WC45	1990-11-01	M	F	2009-01-27	f	87	63	t	25fc84d7-e013-44b8-82cd-63cd4723af81	2014-06-30 00:00:00
210	20244403	adventure-works\\belinda0	Production Technician - WC45	1969-09-17	S	F	2009-02-20	f	83	61	t	f714b5ec-ca7c-4e6e-a812-2c5a119f4c30	2014-06-30 00:00:00
211	398223854	adventure-works\\hazem0	Quality Assurance Manager	1977-10-26	S	M	2009-02-28	t	80	60	t	05c84608-f445-4f9d-bb5c-0828c309c29d	2014-12-26 09:17:08.637
212	885055826	adventure-works\\peng0	Quality Assurance Supervisor	1976-03-18	M	M	2008-12-09	t	81	60	t	e249d613-36c9-4544-9b6f-6ce50e5e0da5	2014-06-30 00:00:00
213	343861179	adventure-works\\sootha0	Quality Assurance Technician	1966-12-05	M	M	2010-02-23	f	85	62	t	a3dadf19-27f0-460a-9888-ce6caa9e3583	2014-06-30 00:00:00
214	131471224	adventure-works\\andreas0	Quality Assurance Technician	1989-03-28	M	M	2009-02-02	f	84	62	t	f4ddd64f-dffe-4df3-aa17-d6bea1924818	2014-06-30 00:00:00
215	381772114	adventure-works\\mark0	Quality Assurance Technician	1986-04-30	S	M	2009-01-15	f	83	61	t	6b63ef27-2c55-4f4c-be29-fce8b694dc4a	2014-06-30 00:00:00
216	403414852	adventure-works\\sean0	Quality Assurance Technician	1976-03-06	S	M	2008-12-28	f	82	61	t	34e128cf-d904-4327-8014-9df0d5de7d08	2014-06-30 00:00:00
217	345106466	adventure-works\\zainal0	Document Control Manager	1976-01-30	M	M	2009-01-04	f	77	58	t	dc60eeed-9f9f-4435-8666-4de4fafde9c3	2014-06-30 00:00:00
218	540688287	adventure-works\\tengiz0	Control Specialist	1990-04-28	S	M	2008-12-16	f	76	58	t	c609b3b2-7969-410c-934c-62c34b63c4ee	2014-06-30 00:00:00
219	242381745	adventure-works\\sean1	Document Control Assistant	1987-03-12	S	M	2009-01-22	f	78	59	t	f78657a9-83ef-4b4d-9809-3c4c6d1a7bb4	2014-06-30 00:00:00
220	260770918	adventure-works\\karen0	Document Control Assistant	1975-12-25	M	F	2009-02-09	f	79	59	t	8a41ed23-7ae2-4c15-aa5d-9496e721f848	2014-06-30 00:00:00
221	260805477	adventure-works\\chris1	Control Specialist	1987-05-26	M	M	2009-03-06	f	75	57	t	45c358fb-9c7f-4d36-8ec7-3d89e9fd07f4	2014-06-30 00:00:00
222	685233686	adventure-works\\ascott0	Master Scheduler	1968-09-17	S	M	2008-12-12	f	44	42	t	13909262-4136-492f-bca3-0b0e3773b03e	2014-12-26 09:17:08.637
223	981495526	adventure-works\\sairaj0	Scheduling Assistant	1987-12-22	M	M	2009-01-26	f	46	43	t	4d36a720-ce32-4c47-866a-db7844449309	2014-06-30 00:00:00
224	621209647	adventure-works\\william0	Scheduling Assistant	1981-11-06	M	M	2009-01-07	f	45	42	t	1a68cd62-6fe9-4613-90d4-2cd178e4e54a	2014-06-30 00:00:00
225	470689086	adventure-works\\alan0	Scheduling Assistant	1984-03-29	M	M	2009-02-13	f	47	43	t	de321854-b076-4d59-bb7b-42152031b108	2014-06-30 00:00:00
226	368691270	adventure-works\\brian1	Scheduling Assistant	1984-08-11	M	M	2009-03-03	f	48	44	t	dfa02733-c26e-4e31-99d8-9167e4e5131d	2014-06-30 00:00:00
227	141165819	adventure-works\\gary1	Facilities Manager	1971-02-18	M	M	2009-12-02	t	86	63	t	62f6ec59-5635-44f3-9cc1-2d8eeaf90a05	2014-06-30 00:00:00
228	553069203	adventure-works\\christian0	Maintenance Supervisor	1976-01-18	M	M	2008-12-14	t	92	66	t	4611c7c5-90a0-407f-b054-93bd51533609	2014-06-30 00:00:00
229	879334904	adventure-works\\lori1	Janitor	1970-07-31	M	F	2010-02-16	f	90	65	t	929fe187-ee24-4f5f-af2a-f96324f09423	2014-06-30 00:00:00
230	28414965	adventure-works\\stuart1	Janitor	1971-12-17	M	M	2010-03-05	f	88	64	t	cc2791e6-7629-49c5-922a-81445afdf033	2014-06-30 00:00:00
231	153479919	adventure-works\\jo1	Janitor	1954-04-24	M	F	2010-03-07	f	91	65	t	39af5cca-9b52-41e5-b510-72901d2578f6	2014-06-30 00:00:00
232	646304055	adventure-works\\pat0	Janitor	1970-12-03	S	M	2010-01-27	f	89	64	t	49238447-30ee-4009-993f-0b6c756ab436	2014-06-30 00:00:00
233	552560652	adventure-works\\magnus0	Facilities Administrative Assistant	1971-08-27	M	M	2009-12-21	f	87	63	t	0a4bcc09-ace5-4481-9067-8b9ed70eca18	2014-06-30 00:00:00
234	184188301	adventure-works\\laura1	Chief Financial Officer	1976-01-06	M	F	2009-01-31	t	0	20	t	d5e315a6-bd65-4d67-9d5f-81ef5c4ef8a6	2014-06-30 00:00:00
235	535145551	adventure-works\\paula0	Human Resources Manager	1976-02-11	M	F	2008-12-06	t	54	47	t	65028f15-4149-4de5-b203-9d7ec86baf87	2014-06-30 00:00:00
236	476980013	adventure-works\\grant0	Human Resources Administrative Assistant	1976-04-16	S	M	2009-02-25	f	53	46	t	4511abba-7f34-400e-907b-a663c20e1a41	2014-06-30 00:00:00
237	416679555	adventure-works\\hao0	Human Resources Administrative Assistant	1977-04-17	S	M	2009-02-06	f	52	46	t	fd53c4c8-b34e-460f-9ee5-747b07fe98b3	2014-06-30 00:00:00
238	264306399	adventure-works\\vidur0	Recruiter	1984-08-01	S	M	2009-01-01	f	50	45	t	47e76b59-b137-4572-ad55-6b3e68c13bd3	2014-06-30 00:00:00
239	619308550	adventure-works\\mindy0	Benefits Specialist	1984-11-20	M	F	2008-12-25	f	51	45	t	834d7ab6-06e6-4944-b42f-028cd4bd388e	2014-06-30 00:00:00
240	332040978	adventure-works\\willis0	Recruiter	1978-07-18	S	M	2008-12-13	f	49	44	t	a1d86ecc-ea17-4b1b-8369-f1d07ab0a469	2014-06-30 00:00:00
241	30845	adventure-works\\david6	Accounts Manager	1983-07-08	M	M	2009-01-30	t	57	48	t	2dc9d534-f5d1-4a14-8282-0a2a0eb6fd4d	2014-06-30 00:00:00
242	363923697	adventure-works\\deborah0	Accounts Receivable Specialist	1976-03-06	M	F	2008-12-18	f	60	50	t	09f75454-028c-46ca-bc08-0147bd0220d7	2014-06-30 00:00:00
243	60517918	adventure-works\\candy0	Accounts Receivable Specialist	1976-02-23	S	F	2009-01-06	f	61	50	t	9e9f713b-707c-4f7e-9504-de188052a045	2014-06-30 00:00:00
244	931190412	adventure-works\\bryan1	Accounts Receivable Specialist	1984-09-20	S	M	2009-01-24	f	62	51	t	cb3e71ec-a381-4716-87df-d3841ab9795a	2014-06-30 00:00:00
245	363910111	adventure-works\\barbara1	Accountant	1976-01-04	M	F	2009-02-18	t	58	49	t	3ffba84e-8e97-4649-a5e1-859649d83aae	2014-06-30 00:00:00
246	663843431	adventure-works\\dragan0	Accounts Payable Specialist	1977-02-14	M	M	2009-02-11	f	63	51	t	51c54d34-064b-44f7-a6b1-7702bd491980	2014-06-30 00:00:00
247	519756660	adventure-works\\janet0	Accounts Payable Specialist	1979-03-09	M	F	2009-03-01	f	64	52	t	0c641d77-8675-493f-9947-8c65136559cd	2014-06-30 00:00:00
248	480951955	adventure-works\\mike0	Accountant	1979-07-01	S	M	2009-03-08	t	59	49	t	ac35337d-7c75-4dee-bb11-6564f257fe18	2014-06-30 00:00:00
249	121491555	adventure-works\\wendy0	Finance Manager	1984-10-11	S	F	2008-12-25	t	55	47	t	8f410408-4aa8-4d67-886d-530bfe4ebe3b	2014-06-30 00:00:00
250	895209680	adventure-works\\sheela0	Purchasing Manager	1978-02-10	S	F	2011-02-25	t	49	44	t	7d6b0155-0191-4599-8394-378ebde63c9a	2014-06-30 00:00:00
251	603686790	adventure-works\\mikael0	Buyer	1984-08-17	S	M	2009-02-10	f	59	49	t	d0fd55ff-42fa-491e-8b3b-ab3316018909	2014-06-30 00:00:00
252	792847334	adventure-works\\arvind0	Buyer	1974-08-21	M	M	2009-02-28	f	60	50	t	51de26f0-6ed9-4a70-b689-88eb882674b6	2014-06-30 00:00:00
253	407505660	adventure-works\\linda2	Buyer	1970-11-30	M	F	2009-12-17	f	56	48	t	ed06f9f4-2123-4c44-89d7-e43e1e1abc2f	2014-06-30 00:00:00
254	482810518	adventure-works\\fukiko0	Buyer	1970-11-24	M	M	2010-01-04	f	57	48	t	36cd6636-c657-4fc7-9bfa-cc1bfa9102a2	2014-06-30 00:00:00
255	466142721	adventure-works\\gordon0	Buyer	1966-11-29	M	M	2010-01-11	f	52	46	t	2cb2d5c3-c437-49b1-9ffd-faa096f6126f	2014-06-30 00:00:00
256	367453993	adventure-works\\frank2	Buyer	1952-05-12	M	M	2010-01-23	f	58	49	t	0423d8d0-1b14-4718-8c17-85e2f98d222f	2014-06-30 00:00:00
257	381073001	adventure-works\\eric2	Buyer	1972-09-17	S	M	2010-01-27	f	54	47	t	a28ab377-06f5-417a-a5e2-59f459088699	2014-06-30 00:00:00
258	785853949	adventure-works\\erin0	Buyer	1971-01-04	S	F	2010-01-31	f	53	46	t	b60712a9-50a5-4296-b892-69c4701834b0	2014-06-30 00:00:00
259	20269531	adventure-works\\ben0	Buyer	1973-06-03	M	M	2010-03-09	f	55	47	t	b9641cae-765c-4662-b760-c167a1f2b8b5	2014-06-30 00:00:00
260	437296311	adventure-works\\annette0	Purchasing Assistant	1978-01-29	M	F	2010-12-06	f	50	45	t	9e03395f-4d5d-4a53-880e-174bd8c1db59	2014-06-30 00:00:00
261	280633567	adventure-works\\reinout0	Purchasing Assistant	1978-01-17	M	M	2010-12-25	f	51	45	t	9825eb00-8e36-4506-93a2-6ddcdc0b13c3	2014-06-30 00:00:00
262	231203233	adventure-works\\david5	Assistant to the Chief Financial Officer	1964-06-21	S	M	2009-01-12	f	56	48	t	be81fd77-428c-449f-ab79-48b1cdf53d6a	2014-06-30 00:00:00
263	441044382	adventure-works\\jean0	Information Services Manager	1975-12-13	S	F	2008-12-11	t	65	52	t	794a0b1f-c46a-401c-984d-008996fc7092	2014-06-30 00:00:00
264	858323870	adventure-works\\stephanie0	Network Manager	1984-03-25	S	F	2009-02-04	t	68	54	t	221cbb7b-8bae-452b-a16f-a67ebb3873c8	2014-06-30 00:00:00
265	749389530	adventure-works\\ashvini0	Network Administrator	1977-03-27	S	M	2008-12-04	f	70	55	t	2e680c1c-7c02-4343-9626-6f97273414c0	2014-06-30 00:00:00
266	672243793	adventure-works\\peter1	Network Administrator	1980-05-28	S	M	2009-02-23	f	69	54	t	86601e6a-6955-40fc-bb4a-1053a843ce99	2014-06-30 00:00:00
267	58317344	adventure-works\\karen1	Application Specialist	1978-05-19	S	F	2009-02-16	t	74	57	t	45c3d0f5-3332-419d-ad40-a98996bb5531	2014-06-30 00:00:00
268	314747499	adventure-works\\ramesh0	Application Specialist	1988-03-13	S	M	2009-02-03	t	73	56	t	be190269-4003-4d7f-809e-7b3fdc235da8	2014-06-30 00:00:00
269	671089628	adventure-works\\dan0	Application Specialist	1987-05-26	M	M	2009-01-11	t	72	56	t	71b0d010-5ac5-4e91-8efa-c311c1372a73	2014-06-30 00:00:00
270	643805155	adventure-works\\françois0	Database Administrator	1975-05-17	S	M	2009-01-17	t	67	53	t	0c7f025d-8d56-48ef-86c0-f09db63d0182	2014-06-30 00:00:00
271	929666391	adventure-works\\dan1	Database Administrator	1976-01-06	M	M	2009-01-22	t	66	53	t	2474e1a9-902d-466c-b0b2-6dcac927f753	2014-06-30 00:00:00
272	525932996	adventure-works\\janaina0	Application Specialist	1985-01-30	M	F	2008-12-23	t	71	55	t	241535c7-7a31-4a6a-9e0d-a83c30c2edda	2014-06-30 00:00:00
273	112432117	adventure-works\\brian3	Vice President of Sales	1977-06-06	S	M	2011-02-15	t	10	25	t	f3ec557c-8b41-4ee6-bb0c-e3b93aff81e5	2014-06-30 00:00:00
274	502097814	adventure-works\\stephen0	North American Sales Manager	1951-10-17	M	M	2011-01-04	t	14	27	t	86d5fa9e-4bc0-48c8-91dc-1ec467418d11	2014-06-30 00:00:00
275	841560125	adventure-works\\michael9	Sales Representative	1968-12-25	S	M	2011-05-31	t	38	39	t	e19f8de2-0f40-418c-84a2-db48b98dc6a2	2014-06-30 00:00:00
276	191644724	adventure-works\\linda3	Sales Representative	1980-02-27	M	F	2011-05-31	t	27	33	t	4509f387-d73a-43dc-a502-b1c27aa1dc9e	2014-06-30 00:00:00
277	615389812	adventure-works\\jillian0	Sales Representative	1962-08-29	S	F	2011-05-31	t	24	32	t	a011c97b-081c-4739-996f-c1cac4532f8d	2014-06-30 00:00:00
278	234474252	adventure-works\\garrett1	Sales Representative	1975-02-04	M	M	2011-05-31	t	33	36	t	50eecc16-0d0d-43a9-9649-016c06de8d78	2014-06-30 00:00:00
279	716374314	adventure-works\\tsvi0	Sales Representative	1974-01-18	M	M	2011-05-31	t	29	34	t	bb510fce-0105-4306-b591-6450d9ebf401	2014-06-30 00:00:00
280	61161660	adventure-works\\pamela0	Sales Representative	1974-12-06	S	F	2011-05-31	t	22	31	t	7627b9d6-0707-4706-9ad9-0d37506b08ae	2014-06-30 00:00:00
281	139397894	adventure-works\\shu0	Sales Representative	1968-03-09	M	M	2011-05-31	t	26	33	t	4103c891-37e8-4dfc-aeac-b55e2bc1be1c	2014-06-30 00:00:00
282	399771412	adventure-works\\josé1	Sales Representative	1963-12-11	M	M	2011-05-31	t	31	35	t	fd3992fb-3067-451d-a09d-73bd53c0feca	2014-06-30 00:00:00
283	987554265	adventure-works\\david8	Sales Representative	1974-02-11	S	M	2011-05-31	t	23	31	t	1e8f9e91-508f-4d49-acd2-775c836030ed	2014-06-30 00:00:00
284	90836195	adventure-works\\tete0	Sales Representative	1978-01-05	M	M	2012-09-30	t	39	39	t	0c67ce00-de78-4712-908f-06939a2c58d5	2014-06-30 00:00:00
285	481044938	adventure-works\\syed0	Pacific Sales Manager	1975-01-11	M	M	2013-03-14	t	20	30	t	86f292db-b73c-429d-9912-800994d809fb	2014-06-30 00:00:00
286	758596752	adventure-works\\lynn0	Sales Representative	1977-02-14	S	F	2013-05-30	t	36	38	t	4a9a8407-a680-4a6b-8d03-511cb58f9a8a	2014-06-30 00:00:00
287	982310417	adventure-works\\amy0	European Sales Manager	1957-09-20	M	F	2012-04-16	t	21	30	t	66d66445-ee78-4676-9e66-0e22d6109a92	2014-06-30 00:00:00
288	954276278	adventure-works\\rachel0	Sales Representative	1975-07-09	S	F	2013-05-30	t	35	37	t	b9bf7741-e0ca-4f37-acde-a4f78c6d03e9	2014-06-30 00:00:00
289	668991357	adventure-works\\jae0	Sales Representative	1968-03-17	M	F	2012-05-30	t	37	38	t	723a5921-d8a1-4659-9bc4-13c4cf7c9c91	2014-06-30 00:00:00
290	134219713	adventure-works\\ranjit0	Sales Representative	1975-09-30	S	M	2012-05-30	t	34	37	t	604213f9-dd0f-43b4-bdd2-c96e93d3f4bf	2014-06-30 00:00:00
\.

COPY employee_department_history (employee_id, department_id, shift_id, start_date, end_date, modified_date) FROM stdin;
1	16	1	2009-01-14	\N	2009-01-13 00:00:00
2	1	1	2008-01-31	\N	2008-01-30 00:00:00
3	1	1	2007-11-11	\N	2007-11-10 00:00:00
4	1	1	2007-12-05	2010-05-30	2010-05-28 00:00:00
4	2	1	2010-05-31	\N	2010-05-30 00:00:00
5	1	1	2008-01-06	\N	2008-01-05 00:00:00
6	1	1	2008-01-24	\N	2008-01-23 00:00:00
7	6	1	2009-02-08	\N	2009-02-07 00:00:00
8	6	1	2008-12-29	\N	2008-12-28 00:00:00
9	6	1	2009-01-16	\N	2009-01-15 00:00:00
10	6	1	2009-05-03	\N	2009-05-02 00:00:00
11	2	1	2010-12-05	\N	2010-12-04 00:00:00
12	2	1	2007-12-11	\N	2007-12-10 00:00:00
13	2	1	2010-12-23	\N	2010-12-22 00:00:00
14	1	1	2010-12-30	\N	2010-12-29 00:00:00
15	1	1	2011-01-18	\N	2011-01-17 00:00:00
16	5	1	2007-12-20	2009-07-14	2009-07-12 00:00:00
16	4	1	2009-07-15	\N	2009-07-14 00:00:00
17	4	1	2007-01-26	\N	2007-01-25 00:00:00
18	4	1	2011-02-07	\N	2011-02-06 00:00:00
19	4	1	2011-02-14	\N	2011-02-13 00:00:00
20	4	1	2011-01-07	\N	2011-01-06 00:00:00
21	4	1	2009-03-02	\N	2009-03-01 00:00:00
22	4	1	2008-12-12	\N	2008-12-11 00:00:00
23	4	1	2009-01-12	\N	2009-01-11 00:00:00
24	4	1	2009-01-18	\N	2009-01-17 00:00:00
25	7	1	2009-02-03	\N	2009-02-02 00:00:00
26	8	1	2008-12-01	\N	2008-11-30 00:00:00
27	7	1	2008-02-27	\N	2008-02-26 00:00:00
28	7	1	2006-06-30	\N	2006-06-29 00:00:00
29	7	1	2009-01-23	\N	2009-01-22 00:00:00
30	7	1	2009-01-29	\N	2009-01-28 00:00:00
31	7	1	2009-01-04	\N	2009-01-03 00:00:00
32	7	1	2008-12-29	\N	2008-12-28 00:00:00
33	7	1	2008-12-17	\N	2008-12-16 00:00:00
34	7	1	2009-02-16	\N	2009-02-15 00:00:00
35	7	1	2009-02-08	\N	2009-02-07 00:00:00
36	7	1	2009-02-10	\N	2009-02-09 00:00:00
37	7	1	2009-03-07	\N	2009-03-06 00:00:00
38	7	1	2010-01-16	\N	2010-01-15 00:00:00
39	7	1	2010-02-05	\N	2010-02-04 00:00:00
40	7	3	2007-12-26	\N	2007-12-25 00:00:00
41	7	3	2009-01-21	\N	2009-01-20 00:00:00
42	7	3	2008-12-27	\N	2008-12-26 00:00:00
43	7	3	2009-01-02	\N	2009-01-01 00:00:00
44	7	3	2008-12-08	\N	2008-12-07 00:00:00
45	7	3	2009-02-26	\N	2009-02-25 00:00:00
46	7	3	2009-02-08	\N	2009-02-07 00:00:00
47	7	1	2009-02-22	\N	2009-02-21 00:00:00
48	7	1	2008-01-06	\N	2008-01-05 00:00:00
49	7	1	2008-01-07	\N	2008-01-06 00:00:00
50	7	1	2008-02-02	\N	2008-02-01 00:00:00
51	7	1	2008-02-20	\N	2008-02-19 00:00:00
52	7	1	2008-03-10	\N	2008-03-09 00:00:00
53	7	1	2008-03-28	\N	2008-03-27 00:00:00
54	7	1	2010-01-01	\N	2009-12-31 00:00:00
55	7	3	2008-02-08	\N	2008-02-07 00:00:00
56	7	3	2009-02-05	\N	2009-02-04 00:00:00
57	7	3	2009-02-23	\N	2009-02-22 00:00:00
58	7	3	2008-12-05	\N	2008-12-04 00:00:00
59	7	3	2008-12-24	\N	2008-12-23 00:00:00
60	7	3	2009-01-11	\N	2009-01-10 00:00:00
61	7	3	2009-01-18	\N	2009-01-17 00:00:00
62	7	2	2008-03-17	\N	2008-03-16 00:00:00
63	7	2	2010-01-29	\N	2010-01-28 00:00:00
64	7	2	2010-02-23	\N	2010-02-22 00:00:00
65	7	2	2010-02-23	\N	2010-02-22 00:00:00
66	7	2	2009-12-22	\N	2009-12-21 00:00:00
67	7	2	2009-03-05	\N	2009-03-04 00:00:00
68	7	2	2009-12-03	\N	2009-12-02 00:00:00
69	7	2	2009-02-15	\N	2009-02-14 00:00:00
70	7	2	2008-12-15	\N	2008-12-14 00:00:00
71	7	3	2009-02-15	\N	2009-02-14 00:00:00
72	7	3	2008-12-01	\N	2008-11-30 00:00:00
73	7	3	2008-12-19	\N	2008-12-18 00:00:00
74	7	3	2009-01-07	\N	2009-01-06 00:00:00
75	7	3	2009-01-26	\N	2009-01-25 00:00:00
76	7	3	2009-02-12	\N	2009-02-11 00:00:00
77	7	3	2009-03-03	\N	2009-03-02 00:00:00
78	7	2	2008-12-15	\N	2008-12-14 00:00:00
79	7	2	2010-01-24	\N	2010-01-23 00:00:00
80	7	2	2010-01-17	\N	2010-01-16 00:00:00
81	7	2	2009-12-29	\N	2009-12-28 00:00:00
82	7	2	2010-03-03	\N	2010-03-02 00:00:00
83	7	2	2010-02-12	\N	2010-02-11 00:00:00
84	7	2	2010-02-05	\N	2010-02-04 00:00:00
85	7	2	2009-12-11	\N	2009-12-10 00:00:00
86	7	2	2009-01-05	\N	2009-01-04 00:00:00
87	7	3	2008-12-22	\N	2008-12-21 00:00:00
88	7	3	2009-12-18	\N	2009-12-17 00:00:00
89	7	3	2010-02-01	\N	2010-01-31 00:00:00
90	7	3	2010-02-20	\N	2010-02-19 00:00:00
91	7	3	2010-01-12	\N	2010-01-11 00:00:00
92	7	3	2010-03-10	\N	2010-03-09 00:00:00
93	7	2	2008-12-27	\N	2008-12-26 00:00:00
94	7	2	2008-12-12	\N	2008-12-11 00:00:00
95	7	2	2008-12-19	\N	2008-12-18 00:00:00
96	7	2	2009-03-02	\N	2009-03-01 00:00:00
97	7	2	2009-02-10	\N	2009-02-09 00:00:00
98	7	2	2009-02-11	\N	2009-02-10 00:00:00
99	7	2	2009-01-06	\N	2009-01-05 00:00:00
100	7	2	2009-01-12	\N	2009-01-11 00:00:00
101	7	2	2009-01-25	\N	2009-01-24 00:00:00
102	7	2	2008-12-03	\N	2008-12-02 00:00:00
103	7	2	2009-12-06	\N	2009-12-05 00:00:00
104	7	2	2009-12-25	\N	2009-12-24 00:00:00
105	7	2	2009-12-25	\N	2009-12-24 00:00:00
106	7	2	2010-02-27	\N	2010-02-26 00:00:00
107	7	2	2010-02-08	\N	2010-02-07 00:00:00
108	7	1	2008-12-08	\N	2008-12-07 00:00:00
109	7	1	2008-12-07	\N	2008-12-06 00:00:00
110	7	1	2008-12-14	\N	2008-12-13 00:00:00
111	7	1	2008-12-17	\N	2008-12-16 00:00:00
112	7	1	2009-01-01	\N	2008-12-31 00:00:00
113	7	1	2008-12-25	\N	2008-12-24 00:00:00
114	7	1	2009-01-13	\N	2009-01-12 00:00:00
115	7	1	2009-01-20	\N	2009-01-19 00:00:00
116	7	1	2009-01-31	\N	2009-01-30 00:00:00
117	7	1	2009-02-18	\N	2009-02-17 00:00:00
118	7	1	2009-02-13	\N	2009-02-12 00:00:00
119	7	1	2009-02-25	\N	2009-02-24 00:00:00
120	7	1	2009-03-04	\N	2009-03-03 00:00:00
121	15	1	2009-01-02	\N	2009-01-01 00:00:00
122	15	2	2008-12-07	\N	2008-12-06 00:00:00
123	15	2	2008-12-07	\N	2008-12-06 00:00:00
124	15	3	2008-12-26	\N	2008-12-25 00:00:00
125	15	1	2009-01-20	\N	2009-01-19 00:00:00
126	15	1	2009-02-26	\N	2009-02-25 00:00:00
127	7	3	2009-01-03	\N	2009-01-02 00:00:00
128	7	3	2008-12-04	\N	2008-12-03 00:00:00
129	7	3	2008-12-22	\N	2008-12-21 00:00:00
130	7	3	2009-02-13	\N	2009-02-12 00:00:00
131	7	3	2009-02-15	\N	2009-02-14 00:00:00
132	7	3	2009-02-22	\N	2009-02-21 00:00:00
133	7	3	2009-01-10	\N	2009-01-09 00:00:00
134	7	1	2009-01-14	\N	2009-01-13 00:00:00
135	7	1	2008-12-04	\N	2008-12-03 00:00:00
136	7	1	2009-12-11	\N	2009-12-10 00:00:00
137	7	1	2009-02-23	\N	2009-02-22 00:00:00
138	7	1	2009-02-04	\N	2009-02-03 00:00:00
139	7	1	2010-01-06	\N	2010-01-05 00:00:00
140	7	1	2010-01-22	\N	2010-01-21 00:00:00
141	7	1	2010-01-24	\N	2010-01-23 00:00:00
142	7	1	2010-03-04	\N	2010-03-03 00:00:00
143	7	1	2010-02-13	\N	2010-02-12 00:00:00
144	7	1	2009-01-17	\N	2009-01-16 00:00:00
145	7	2	2009-01-27	\N	2009-01-26 00:00:00
146	7	2	2008-12-07	\N	2008-12-06 00:00:00
147	7	2	2008-12-26	\N	2008-12-25 00:00:00
148	7	2	2009-01-14	\N	2009-01-13 00:00:00
149	7	2	2009-01-31	\N	2009-01-30 00:00:00
150	7	2	2009-02-26	\N	2009-02-25 00:00:00
151	7	2	2009-02-19	\N	2009-02-18 00:00:00
152	7	2	2009-02-01	\N	2009-01-31 00:00:00
153	7	2	2008-12-16	\N	2008-12-15 00:00:00
154	7	2	2008-12-23	\N	2008-12-22 00:00:00
155	7	2	2009-01-04	\N	2009-01-03 00:00:00
156	7	2	2009-01-11	\N	2009-01-10 00:00:00
157	7	2	2009-02-03	\N	2009-02-02 00:00:00
158	7	2	2009-03-07	\N	2009-03-06 00:00:00
159	7	2	2009-02-16	\N	2009-02-15 00:00:00
160	7	1	2009-01-21	\N	2009-01-20 00:00:00
161	7	1	2008-12-15	\N	2008-12-14 00:00:00
162	7	1	2009-01-03	\N	2009-01-02 00:00:00
163	7	1	2009-02-08	\N	2009-02-07 00:00:00
164	7	1	2009-03-06	\N	2009-03-05 00:00:00
165	7	1	2009-01-22	\N	2009-01-21 00:00:00
166	7	1	2009-02-21	\N	2009-02-20 00:00:00
167	7	1	2008-12-02	\N	2008-12-01 00:00:00
168	7	1	2008-12-07	\N	2008-12-06 00:00:00
169	7	1	2008-12-14	\N	2008-12-13 00:00:00
170	7	1	2008-12-21	\N	2008-12-20 00:00:00
171	7	1	2009-01-02	\N	2009-01-01 00:00:00
172	7	1	2009-01-16	\N	2009-01-15 00:00:00
173	7	1	2009-01-21	\N	2009-01-20 00:00:00
174	7	1	2009-01-27	\N	2009-01-26 00:00:00
175	7	1	2009-02-02	\N	2009-02-01 00:00:00
176	7	1	2009-02-14	\N	2009-02-13 00:00:00
177	7	1	2009-02-21	\N	2009-02-20 00:00:00
178	7	1	2009-03-03	\N	2009-03-02 00:00:00
179	7	1	2009-03-05	\N	2009-03-04 00:00:00
180	7	3	2009-02-20	\N	2009-02-19 00:00:00
181	7	3	2008-12-09	\N	2008-12-08 00:00:00
182	7	3	2008-12-28	\N	2008-12-27 00:00:00
183	7	3	2009-01-22	\N	2009-01-21 00:00:00
184	7	3	2009-02-09	\N	2009-02-08 00:00:00
185	7	3	2009-02-28	\N	2009-02-27 00:00:00
186	7	2	2009-02-08	\N	2009-02-07 00:00:00
187	7	2	2008-12-09	\N	2008-12-08 00:00:00
188	7	2	2008-12-27	\N	2008-12-26 00:00:00
189	7	2	2009-01-15	\N	2009-01-14 00:00:00
190	7	2	2009-02-02	\N	2009-02-01 00:00:00
191	7	2	2009-02-26	\N	2009-02-25 00:00:00
192	7	1	2009-03-05	\N	2009-03-04 00:00:00
193	7	1	2008-12-06	\N	2008-12-05 00:00:00
194	7	1	2008-12-12	\N	2008-12-11 00:00:00
195	7	1	2008-12-17	\N	2008-12-16 00:00:00
196	7	1	2008-12-24	\N	2008-12-23 00:00:00
197	7	1	2008-12-31	\N	2008-12-30 00:00:00
198	7	1	2009-01-04	\N	2009-01-03 00:00:00
199	7	1	2009-01-12	\N	2009-01-11 00:00:00
200	7	1	2009-01-17	\N	2009-01-16 00:00:00
201	7	1	2009-01-29	\N	2009-01-28 00:00:00
202	7	1	2009-02-05	\N	2009-02-04 00:00:00
203	7	1	2009-02-24	\N	2009-02-23 00:00:00
204	7	1	2009-03-08	\N	2009-03-07 00:00:00
205	7	3	2009-02-26	\N	2009-02-25 00:00:00
206	7	3	2008-12-02	\N	2008-12-01 00:00:00
207	7	3	2008-12-02	\N	2008-12-01 00:00:00
208	7	3	2009-01-08	\N	2009-01-07 00:00:00
209	7	3	2009-01-27	\N	2009-01-26 00:00:00
210	7	3	2009-02-20	\N	2009-02-19 00:00:00
211	13	1	2009-02-28	\N	2009-02-27 00:00:00
212	13	1	2008-12-09	\N	2008-12-08 00:00:00
213	13	3	2010-02-23	\N	2010-02-22 00:00:00
214	13	2	2009-02-02	\N	2009-02-01 00:00:00
215	13	1	2009-01-15	\N	2009-01-14 00:00:00
216	13	1	2008-12-28	\N	2008-12-27 00:00:00
217	12	1	2009-01-04	\N	2009-01-03 00:00:00
218	12	3	2008-12-16	\N	2008-12-15 00:00:00
219	12	1	2009-01-22	\N	2009-01-21 00:00:00
220	12	1	2009-02-09	\N	2009-02-08 00:00:00
221	12	2	2009-03-06	\N	2009-03-05 00:00:00
222	8	1	2008-12-12	\N	2008-12-11 00:00:00
223	8	1	2009-01-26	\N	2009-01-25 00:00:00
224	7	1	2009-01-07	2011-08-31	2011-08-29 00:00:00
224	8	1	2011-09-01	\N	2011-08-31 00:00:00
225	8	2	2009-02-13	\N	2009-02-12 00:00:00
226	8	3	2009-03-03	\N	2009-03-02 00:00:00
227	14	1	2009-12-02	\N	2009-12-01 00:00:00
228	14	1	2008-12-14	\N	2008-12-13 00:00:00
229	14	3	2010-02-16	\N	2010-02-15 00:00:00
230	14	2	2010-03-05	\N	2010-03-04 00:00:00
231	14	3	2010-03-07	\N	2010-03-06 00:00:00
232	14	2	2010-01-27	\N	2010-01-26 00:00:00
233	14	1	2009-12-21	\N	2009-12-20 00:00:00
234	10	1	2009-01-31	2013-11-13	2013-11-11 00:00:00
234	16	1	2013-11-14	\N	2013-11-13 00:00:00
235	9	1	2008-12-06	\N	2008-12-05 00:00:00
236	9	1	2009-02-25	\N	2009-02-24 00:00:00
237	9	1	2009-02-06	\N	2009-02-05 00:00:00
238	9	1	2009-01-01	\N	2008-12-31 00:00:00
239	9	1	2008-12-25	\N	2008-12-24 00:00:00
240	9	1	2008-12-13	\N	2008-12-12 00:00:00
241	10	1	2009-01-30	\N	2009-01-29 00:00:00
242	10	1	2008-12-18	\N	2008-12-17 00:00:00
243	10	1	2009-01-06	\N	2009-01-05 00:00:00
244	10	1	2009-01-24	\N	2009-01-23 00:00:00
245	10	1	2009-02-18	\N	2009-02-17 00:00:00
246	10	1	2009-02-11	\N	2009-02-10 00:00:00
247	10	1	2009-03-01	\N	2009-02-28 00:00:00
248	10	1	2009-03-08	\N	2009-03-07 00:00:00
249	10	1	2008-12-25	\N	2008-12-24 00:00:00
250	4	1	2011-02-25	2011-07-30	2011-07-28 00:00:00
250	13	1	2011-07-31	2012-07-14	2012-07-12 00:00:00
250	5	1	2012-07-15	\N	2012-07-14 00:00:00
251	5	1	2009-02-10	\N	2009-02-09 00:00:00
252	5	1	2009-02-28	\N	2009-02-27 00:00:00
253	5	1	2009-12-17	\N	2009-12-16 00:00:00
254	5	1	2010-01-04	\N	2010-01-03 00:00:00
255	5	1	2010-01-11	\N	2010-01-10 00:00:00
256	5	1	2010-01-23	\N	2010-01-22 00:00:00
257	5	1	2010-01-27	\N	2010-01-26 00:00:00
258	5	1	2010-01-31	\N	2010-01-30 00:00:00
259	5	1	2010-03-09	\N	2010-03-08 00:00:00
260	5	1	2010-12-06	\N	2010-12-05 00:00:00
261	5	1	2010-12-25	\N	2010-12-24 00:00:00
262	10	1	2009-01-12	\N	2009-01-11 00:00:00
263	11	1	2008-12-11	\N	2008-12-10 00:00:00
264	11	1	2009-02-04	\N	2009-02-03 00:00:00
265	11	2	2008-12-04	\N	2008-12-03 00:00:00
266	11	1	2009-02-23	\N	2009-02-22 00:00:00
267	11	1	2009-02-16	\N	2009-02-15 00:00:00
268	11	1	2009-02-03	\N	2009-02-02 00:00:00
269	11	1	2009-01-11	\N	2009-01-10 00:00:00
270	11	1	2009-01-17	\N	2009-01-16 00:00:00
271	11	1	2009-01-22	\N	2009-01-21 00:00:00
272	11	1	2008-12-23	\N	2008-12-22 00:00:00
273	3	1	2011-02-15	\N	2011-02-14 00:00:00
274	3	1	2011-01-04	\N	2011-01-03 00:00:00
275	3	1	2011-05-31	\N	2011-05-30 00:00:00
276	3	1	2011-05-31	\N	2011-05-30 00:00:00
277	3	1	2011-05-31	\N	2011-05-30 00:00:00
278	3	1	2011-05-31	\N	2011-05-30 00:00:00
279	3	1	2011-05-31	\N	2011-05-30 00:00:00
280	3	1	2011-05-31	\N	2011-05-30 00:00:00
281	3	1	2011-05-31	\N	2011-05-30 00:00:00
282	3	1	2011-05-31	\N	2011-05-30 00:00:00
283	3	1	2011-05-31	\N	2011-05-30 00:00:00
284	3	1	2012-09-30	\N	2012-09-29 00:00:00
285	3	1	2013-03-14	\N	2013-03-13 00:00:00
286	3	1	2013-05-30	\N	2013-05-29 00:00:00
287	3	1	2012-04-16	\N	2012-04-15 00:00:00
288	3	1	2013-05-30	\N	2013-05-29 00:00:00
289	3	1	2012-05-30	\N	2012-05-29 00:00:00
290	3	1	2012-05-30	\N	2012-05-29 00:00:00
\.

COPY employee_pay_history (employee_id, rate_change_date, rate, pay_frequency, modified_date) FROM stdin;
1	2009-01-14 00:00:00	125.5	2	2014-06-30 00:00:00
2	2008-01-31 00:00:00	63.4615	2	2014-06-30 00:00:00
3	2007-11-11 00:00:00	43.2692	2	2014-06-30 00:00:00
4	2007-12-05 00:00:00	8.62	2	2007-11-21 00:00:00
4	2010-05-31 00:00:00	23.72	2	2010-05-16 00:00:00
4	2011-12-15 00:00:00	29.8462	2	2011-12-01 00:00:00
5	2008-01-06 00:00:00	32.6923	2	2014-06-30 00:00:00
6	2008-01-24 00:00:00	32.6923	2	2014-06-30 00:00:00
7	2009-02-08 00:00:00	50.4808	2	2014-06-30 00:00:00
8	2008-12-29 00:00:00	40.8654	2	2014-06-30 00:00:00
9	2009-01-16 00:00:00	40.8654	2	2014-06-30 00:00:00
10	2009-05-03 00:00:00	42.4808	2	2014-06-30 00:00:00
11	2010-12-05 00:00:00	28.8462	2	2014-06-30 00:00:00
12	2007-12-11 00:00:00	25	2	2014-06-30 00:00:00
13	2010-12-23 00:00:00	25	2	2014-06-30 00:00:00
14	2010-12-30 00:00:00	36.0577	2	2014-06-30 00:00:00
15	2011-01-18 00:00:00	32.6923	2	2014-06-30 00:00:00
16	2007-12-20 00:00:00	24	2	2007-12-06 00:00:00
16	2009-07-15 00:00:00	28.75	2	2009-07-01 00:00:00
16	2012-04-30 00:00:00	37.5	2	2012-04-16 00:00:00
17	2007-01-26 00:00:00	13.4615	2	2014-06-30 00:00:00
18	2011-02-07 00:00:00	14.4231	2	2014-06-30 00:00:00
19	2011-02-14 00:00:00	13.4615	2	2014-06-30 00:00:00
20	2011-01-07 00:00:00	13.4615	2	2014-06-30 00:00:00
21	2009-03-02 00:00:00	14.4231	2	2014-06-30 00:00:00
22	2008-12-12 00:00:00	14.4231	2	2014-06-30 00:00:00
23	2009-01-12 00:00:00	14.4231	2	2014-06-30 00:00:00
24	2009-01-18 00:00:00	14.4231	2	2014-06-30 00:00:00
25	2009-02-03 00:00:00	84.1346	2	2014-06-30 00:00:00
26	2008-12-01 00:00:00	24.5192	2	2014-06-30 00:00:00
27	2008-02-27 00:00:00	25	2	2014-06-30 00:00:00
28	2006-06-30 00:00:00	12.45	1	2014-06-30 00:00:00
29	2009-01-23 00:00:00	12.45	1	2014-06-30 00:00:00
30	2009-01-29 00:00:00	12.45	1	2014-06-30 00:00:00
31	2009-01-04 00:00:00	12.45	1	2014-06-30 00:00:00
32	2008-12-29 00:00:00	12.45	1	2014-06-30 00:00:00
33	2008-12-17 00:00:00	12.45	1	2014-06-30 00:00:00
34	2009-02-16 00:00:00	12.45	1	2014-06-30 00:00:00
35	2009-02-08 00:00:00	12.45	1	2014-06-30 00:00:00
36	2009-02-10 00:00:00	12.45	1	2014-06-30 00:00:00
37	2009-03-07 00:00:00	12.45	1	2014-06-30 00:00:00
38	2010-01-16 00:00:00	12.45	1	2014-06-30 00:00:00
39	2010-02-05 00:00:00	12.45	1	2014-06-30 00:00:00
40	2007-12-26 00:00:00	25	2	2014-06-30 00:00:00
41	2009-01-21 00:00:00	12.45	1	2014-06-30 00:00:00
42	2008-12-27 00:00:00	12.45	1	2014-06-30 00:00:00
43	2009-01-02 00:00:00	12.45	1	2014-06-30 00:00:00
44	2008-12-08 00:00:00	12.45	1	2014-06-30 00:00:00
45	2009-02-26 00:00:00	12.45	1	2014-06-30 00:00:00
46	2009-02-08 00:00:00	12.45	1	2014-06-30 00:00:00
47	2009-02-22 00:00:00	25	2	2014-06-30 00:00:00
48	2008-01-06 00:00:00	13.45	1	2014-06-30 00:00:00
49	2008-01-07 00:00:00	13.45	1	2014-06-30 00:00:00
50	2008-02-02 00:00:00	13.45	1	2014-06-30 00:00:00
51	2008-02-20 00:00:00	13.45	1	2014-06-30 00:00:00
52	2008-03-10 00:00:00	13.45	1	2014-06-30 00:00:00
53	2008-03-28 00:00:00	13.45	1	2014-06-30 00:00:00
54	2010-01-01 00:00:00	13.45	1	2014-06-30 00:00:00
55	2008-02-08 00:00:00	25	2	2014-06-30 00:00:00
56	2009-02-05 00:00:00	11	1	2014-06-30 00:00:00
57	2009-02-23 00:00:00	11	1	2014-06-30 00:00:00
58	2008-12-05 00:00:00	11	1	2014-06-30 00:00:00
59	2008-12-24 00:00:00	11	1	2014-06-30 00:00:00
60	2009-01-11 00:00:00	11	1	2014-06-30 00:00:00
61	2009-01-18 00:00:00	11	1	2014-06-30 00:00:00
62	2008-03-17 00:00:00	25	2	2014-06-30 00:00:00
63	2010-01-29 00:00:00	12.45	1	2014-06-30 00:00:00
64	2010-02-23 00:00:00	12.45	1	2014-06-30 00:00:00
65	2010-02-23 00:00:00	12.45	1	2014-06-30 00:00:00
66	2009-12-22 00:00:00	12.45	1	2014-06-30 00:00:00
67	2009-03-05 00:00:00	12.45	1	2014-06-30 00:00:00
68	2009-12-03 00:00:00	12.45	1	2014-06-30 00:00:00
69	2009-02-15 00:00:00	12.45	1	2014-06-30 00:00:00
70	2008-12-15 00:00:00	12.45	1	2014-06-30 00:00:00
71	2009-02-15 00:00:00	25	2	2014-06-30 00:00:00
72	2008-12-01 00:00:00	9.5	1	2014-06-30 00:00:00
73	2008-12-19 00:00:00	9.5	1	2014-06-30 00:00:00
74	2009-01-07 00:00:00	9.5	1	2014-06-30 00:00:00
75	2009-01-26 00:00:00	9.5	1	2014-06-30 00:00:00
76	2009-02-12 00:00:00	9.5	1	2014-06-30 00:00:00
77	2009-03-03 00:00:00	9.5	1	2014-06-30 00:00:00
78	2008-12-15 00:00:00	25	2	2014-06-30 00:00:00
79	2010-01-24 00:00:00	15	1	2014-06-30 00:00:00
80	2010-01-17 00:00:00	15	1	2014-06-30 00:00:00
81	2009-12-29 00:00:00	15	1	2014-06-30 00:00:00
82	2010-03-03 00:00:00	15	1	2014-06-30 00:00:00
83	2010-02-12 00:00:00	15	1	2014-06-30 00:00:00
84	2010-02-05 00:00:00	15	1	2014-06-30 00:00:00
85	2009-12-11 00:00:00	15	1	2014-06-30 00:00:00
86	2009-01-05 00:00:00	15	1	2014-06-30 00:00:00
87	2008-12-22 00:00:00	25	2	2014-06-30 00:00:00
88	2009-12-18 00:00:00	13.45	1	2014-06-30 00:00:00
89	2010-02-01 00:00:00	13.45	1	2014-06-30 00:00:00
90	2010-02-20 00:00:00	13.45	1	2014-06-30 00:00:00
91	2010-01-12 00:00:00	13.45	1	2014-06-30 00:00:00
92	2010-03-10 00:00:00	13.45	1	2014-06-30 00:00:00
93	2008-12-27 00:00:00	25	2	2014-06-30 00:00:00
94	2008-12-12 00:00:00	11	1	2014-06-30 00:00:00
95	2008-12-19 00:00:00	11	1	2014-06-30 00:00:00
96	2009-03-02 00:00:00	11	1	2014-06-30 00:00:00
97	2009-02-10 00:00:00	11	1	2014-06-30 00:00:00
98	2009-02-11 00:00:00	11	1	2014-06-30 00:00:00
99	2009-01-06 00:00:00	11	1	2014-06-30 00:00:00
100	2009-01-12 00:00:00	11	1	2014-06-30 00:00:00
101	2009-01-25 00:00:00	11	1	2014-06-30 00:00:00
102	2008-12-03 00:00:00	25	2	2014-06-30 00:00:00
103	2009-12-06 00:00:00	13.45	1	2014-06-30 00:00:00
104	2009-12-25 00:00:00	13.45	1	2014-06-30 00:00:00
105	2009-12-25 00:00:00	13.45	1	2014-06-30 00:00:00
106	2010-02-27 00:00:00	13.45	1	2014-06-30 00:00:00
107	2010-02-08 00:00:00	13.45	1	2014-06-30 00:00:00
108	2008-12-08 00:00:00	25	2	2014-06-30 00:00:00
109	2008-12-07 00:00:00	11	1	2014-06-30 00:00:00
110	2008-12-14 00:00:00	11	1	2014-06-30 00:00:00
111	2008-12-17 00:00:00	11	1	2014-06-30 00:00:00
112	2009-01-01 00:00:00	11	1	2014-06-30 00:00:00
113	2008-12-25 00:00:00	11	1	2014-06-30 00:00:00
114	2009-01-13 00:00:00	11	1	2014-06-30 00:00:00
115	2009-01-20 00:00:00	11	1	2014-06-30 00:00:00
116	2009-01-31 00:00:00	11	1	2014-06-30 00:00:00
117	2009-02-18 00:00:00	11	1	2014-06-30 00:00:00
118	2009-02-13 00:00:00	11	1	2014-06-30 00:00:00
119	2009-02-25 00:00:00	11	1	2014-06-30 00:00:00
120	2009-03-04 00:00:00	11	1	2014-06-30 00:00:00
121	2009-01-02 00:00:00	19.2308	2	2014-06-30 00:00:00
122	2008-12-07 00:00:00	9	1	2014-06-30 00:00:00
123	2008-12-07 00:00:00	9.5	2	2014-06-30 00:00:00
124	2008-12-26 00:00:00	9	1	2014-06-30 00:00:00
125	2009-01-20 00:00:00	9.5	2	2014-06-30 00:00:00
126	2009-02-26 00:00:00	9	1	2014-06-30 00:00:00
127	2009-01-03 00:00:00	25	2	2014-06-30 00:00:00
128	2008-12-04 00:00:00	15	1	2014-06-30 00:00:00
129	2008-12-22 00:00:00	15	1	2014-06-30 00:00:00
130	2009-02-13 00:00:00	15	1	2014-06-30 00:00:00
131	2009-02-15 00:00:00	15	1	2014-06-30 00:00:00
132	2009-02-22 00:00:00	15	1	2014-06-30 00:00:00
133	2009-01-10 00:00:00	15	1	2014-06-30 00:00:00
134	2009-01-14 00:00:00	25	2	2014-06-30 00:00:00
135	2008-12-04 00:00:00	14	1	2014-06-30 00:00:00
136	2009-12-11 00:00:00	14	1	2014-06-30 00:00:00
137	2009-02-23 00:00:00	14	1	2014-06-30 00:00:00
138	2009-02-04 00:00:00	14	1	2014-06-30 00:00:00
139	2010-01-06 00:00:00	14	1	2014-06-30 00:00:00
140	2010-01-22 00:00:00	14	1	2014-06-30 00:00:00
141	2010-01-24 00:00:00	14	1	2014-06-30 00:00:00
142	2010-03-04 00:00:00	14	1	2014-06-30 00:00:00
143	2010-02-13 00:00:00	14	1	2014-06-30 00:00:00
144	2009-01-17 00:00:00	14	1	2014-06-30 00:00:00
145	2009-01-27 00:00:00	25	2	2014-06-30 00:00:00
146	2008-12-07 00:00:00	9.5	1	2014-06-30 00:00:00
147	2008-12-26 00:00:00	9.5	1	2014-06-30 00:00:00
148	2009-01-14 00:00:00	9.5	1	2014-06-30 00:00:00
149	2009-01-31 00:00:00	9.5	1	2014-06-30 00:00:00
150	2009-02-26 00:00:00	9.5	1	2014-06-30 00:00:00
151	2009-02-19 00:00:00	9.5	1	2014-06-30 00:00:00
152	2009-02-01 00:00:00	25	2	2014-06-30 00:00:00
153	2008-12-16 00:00:00	14	1	2014-06-30 00:00:00
154	2008-12-23 00:00:00	14	1	2014-06-30 00:00:00
155	2009-01-04 00:00:00	14	1	2014-06-30 00:00:00
156	2009-01-11 00:00:00	14	1	2014-06-30 00:00:00
157	2009-02-03 00:00:00	14	1	2014-06-30 00:00:00
158	2009-03-07 00:00:00	14	1	2014-06-30 00:00:00
159	2009-02-16 00:00:00	14	1	2014-06-30 00:00:00
160	2009-01-21 00:00:00	25	2	2014-06-30 00:00:00
161	2008-12-15 00:00:00	10	1	2014-06-30 00:00:00
162	2009-01-03 00:00:00	10	1	2014-06-30 00:00:00
163	2009-02-08 00:00:00	10	1	2014-06-30 00:00:00
164	2009-03-06 00:00:00	10	1	2014-06-30 00:00:00
165	2009-01-22 00:00:00	10	1	2014-06-30 00:00:00
166	2009-02-21 00:00:00	25	2	2014-06-30 00:00:00
167	2008-12-02 00:00:00	6.5	1	2008-11-18 00:00:00
167	2011-12-01 00:00:00	7.25	1	2011-11-17 00:00:00
167	2013-07-14 00:00:00	9.5	1	2013-06-30 00:00:00
168	2008-12-07 00:00:00	9.5	1	2014-06-30 00:00:00
169	2008-12-14 00:00:00	9.5	1	2014-06-30 00:00:00
170	2008-12-21 00:00:00	6.5	1	2008-12-07 00:00:00
170	2011-12-01 00:00:00	7.25	1	2011-11-17 00:00:00
170	2013-07-14 00:00:00	9.5	1	2013-06-30 00:00:00
171	2009-01-02 00:00:00	9.5	1	2014-06-30 00:00:00
172	2009-01-16 00:00:00	6.5	1	2009-01-02 00:00:00
172	2011-12-01 00:00:00	7.25	1	2011-11-17 00:00:00
172	2013-07-14 00:00:00	9.5	1	2013-06-30 00:00:00
173	2009-01-21 00:00:00	9.5	1	2014-06-30 00:00:00
174	2009-01-27 00:00:00	6.75	1	2009-01-13 00:00:00
174	2011-12-01 00:00:00	7.25	1	2011-11-17 00:00:00
174	2013-07-14 00:00:00	9.5	1	2013-06-30 00:00:00
175	2009-02-02 00:00:00	6.5	1	2009-01-19 00:00:00
175	2011-12-01 00:00:00	7.25	1	2011-11-17 00:00:00
175	2013-07-14 00:00:00	9.5	1	2013-06-30 00:00:00
176	2009-02-14 00:00:00	6.5	1	2009-01-31 00:00:00
176	2011-12-01 00:00:00	7.25	1	2011-11-17 00:00:00
176	2013-07-14 00:00:00	9.5	1	2013-06-30 00:00:00
177	2009-02-21 00:00:00	6.5	1	2009-02-07 00:00:00
177	2011-12-01 00:00:00	7.25	1	2011-11-17 00:00:00
177	2013-07-14 00:00:00	9.5	1	2013-06-30 00:00:00
178	2009-03-03 00:00:00	6.5	1	2009-02-17 00:00:00
178	2011-12-01 00:00:00	7	1	2011-11-17 00:00:00
178	2013-07-14 00:00:00	9.5	1	2013-06-30 00:00:00
179	2009-03-05 00:00:00	9.5	1	2014-06-30 00:00:00
180	2009-02-20 00:00:00	25	2	2014-06-30 00:00:00
181	2008-12-09 00:00:00	14	1	2014-06-30 00:00:00
182	2008-12-28 00:00:00	14	1	2014-06-30 00:00:00
183	2009-01-22 00:00:00	14	1	2014-06-30 00:00:00
184	2009-02-09 00:00:00	14	1	2014-06-30 00:00:00
185	2009-02-28 00:00:00	14	1	2014-06-30 00:00:00
186	2009-02-08 00:00:00	25	2	2014-06-30 00:00:00
187	2008-12-09 00:00:00	10	1	2014-06-30 00:00:00
188	2008-12-27 00:00:00	10	1	2014-06-30 00:00:00
189	2009-01-15 00:00:00	10	1	2014-06-30 00:00:00
190	2009-02-02 00:00:00	10	1	2014-06-30 00:00:00
191	2009-02-26 00:00:00	10	1	2014-06-30 00:00:00
192	2009-03-05 00:00:00	25	2	2014-06-30 00:00:00
193	2008-12-06 00:00:00	15	1	2014-06-30 00:00:00
194	2008-12-12 00:00:00	15	1	2014-06-30 00:00:00
195	2008-12-17 00:00:00	15	1	2014-06-30 00:00:00
196	2008-12-24 00:00:00	15	1	2014-06-30 00:00:00
197	2008-12-31 00:00:00	15	1	2014-06-30 00:00:00
198	2009-01-04 00:00:00	15	1	2014-06-30 00:00:00
199	2009-01-12 00:00:00	15	1	2014-06-30 00:00:00
200	2009-01-17 00:00:00	15	1	2014-06-30 00:00:00
201	2009-01-29 00:00:00	15	1	2014-06-30 00:00:00
202	2009-02-05 00:00:00	15	1	2014-06-30 00:00:00
203	2009-02-24 00:00:00	15	1	2014-06-30 00:00:00
204	2009-03-08 00:00:00	15	1	2014-06-30 00:00:00
205	2009-02-26 00:00:00	25	2	2014-06-30 00:00:00
206	2008-12-02 00:00:00	10	1	2014-06-30 00:00:00
207	2008-12-02 00:00:00	10	1	2014-06-30 00:00:00
208	2009-01-08 00:00:00	10	1	2014-06-30 00:00:00
209	2009-01-27 00:00:00	10	1	2014-06-30 00:00:00
210	2009-02-20 00:00:00	10	1	2014-06-30 00:00:00
211	2009-02-28 00:00:00	28.8462	2	2014-06-30 00:00:00
212	2008-12-09 00:00:00	21.6346	2	2014-06-30 00:00:00
213	2010-02-23 00:00:00	10.5769	2	2014-06-30 00:00:00
214	2009-02-02 00:00:00	10.5769	2	2014-06-30 00:00:00
215	2009-01-15 00:00:00	10.5769	2	2014-06-30 00:00:00
216	2008-12-28 00:00:00	10.5769	2	2014-06-30 00:00:00
217	2009-01-04 00:00:00	17.7885	2	2014-06-30 00:00:00
218	2008-12-16 00:00:00	16.8269	2	2014-06-30 00:00:00
219	2009-01-22 00:00:00	10.25	2	2014-06-30 00:00:00
220	2009-02-09 00:00:00	10.25	2	2014-06-30 00:00:00
221	2009-03-06 00:00:00	16.8269	2	2014-06-30 00:00:00
222	2008-12-12 00:00:00	23.5577	2	2014-06-30 00:00:00
223	2009-01-26 00:00:00	16	2	2014-06-30 00:00:00
224	2008-01-08 00:00:00	8.62	2	2007-12-25 00:00:00
224	2011-08-31 00:00:00	13.5	2	2011-08-17 00:00:00
224	2012-01-01 00:00:00	16	2	2011-12-18 00:00:00
225	2009-02-13 00:00:00	16	2	2014-06-30 00:00:00
226	2009-03-03 00:00:00	16	2	2014-06-30 00:00:00
227	2009-12-02 00:00:00	24.0385	2	2014-06-30 00:00:00
228	2008-12-14 00:00:00	20.4327	2	2014-06-30 00:00:00
229	2010-02-16 00:00:00	9.25	1	2014-06-30 00:00:00
230	2010-03-05 00:00:00	9.25	1	2014-06-30 00:00:00
231	2010-03-07 00:00:00	9.25	1	2014-06-30 00:00:00
232	2010-01-27 00:00:00	9.25	1	2014-06-30 00:00:00
233	2009-12-21 00:00:00	9.75	2	2014-06-30 00:00:00
234	2009-01-31 00:00:00	39.06	2	2009-01-17 00:00:00
234	2011-11-14 00:00:00	48.5577	2	2011-10-31 00:00:00
234	2012-01-29 00:00:00	60.0962	2	2012-01-15 00:00:00
235	2008-12-06 00:00:00	27.1394	2	2014-06-30 00:00:00
236	2009-02-25 00:00:00	13.9423	2	2014-06-30 00:00:00
237	2009-02-06 00:00:00	13.9423	2	2014-06-30 00:00:00
238	2009-01-01 00:00:00	18.2692	2	2014-06-30 00:00:00
239	2008-12-25 00:00:00	16.5865	2	2014-06-30 00:00:00
240	2008-12-13 00:00:00	18.2692	2	2014-06-30 00:00:00
241	2009-01-30 00:00:00	34.7356	2	2014-06-30 00:00:00
242	2008-12-18 00:00:00	19	2	2014-06-30 00:00:00
243	2009-01-06 00:00:00	19	2	2014-06-30 00:00:00
244	2009-01-24 00:00:00	19	2	2014-06-30 00:00:00
245	2009-02-18 00:00:00	26.4423	2	2014-06-30 00:00:00
246	2009-02-11 00:00:00	19	2	2014-06-30 00:00:00
247	2009-03-01 00:00:00	19	2	2014-06-30 00:00:00
248	2009-03-08 00:00:00	26.4423	2	2014-06-30 00:00:00
249	2008-12-25 00:00:00	43.2692	2	2014-06-30 00:00:00
250	2011-02-21 00:00:00	9.86	2	2011-02-07 00:00:00
250	2011-07-30 00:00:00	22.5	2	2011-07-16 00:00:00
250	2012-07-14 00:00:00	30	2	2012-06-30 00:00:00
251	2009-02-10 00:00:00	18.2692	2	2014-06-30 00:00:00
252	2009-02-28 00:00:00	18.2692	2	2014-06-30 00:00:00
253	2009-12-17 00:00:00	18.2692	2	2014-06-30 00:00:00
254	2010-01-04 00:00:00	18.2692	2	2014-06-30 00:00:00
255	2010-01-11 00:00:00	18.2692	2	2014-06-30 00:00:00
256	2010-01-23 00:00:00	18.2692	2	2014-06-30 00:00:00
257	2010-01-27 00:00:00	18.2692	2	2014-06-30 00:00:00
258	2010-01-31 00:00:00	18.2692	2	2014-06-30 00:00:00
259	2010-03-09 00:00:00	18.2692	2	2014-06-30 00:00:00
260	2010-12-06 00:00:00	12.75	2	2014-06-30 00:00:00
261	2010-12-25 00:00:00	12.75	2	2014-06-30 00:00:00
262	2009-01-12 00:00:00	13.4615	2	2014-06-30 00:00:00
263	2008-12-11 00:00:00	50.4808	2	2014-06-30 00:00:00
264	2009-02-04 00:00:00	39.6635	2	2014-06-30 00:00:00
265	2008-12-04 00:00:00	32.4519	2	2014-06-30 00:00:00
266	2009-02-23 00:00:00	32.4519	2	2014-06-30 00:00:00
267	2009-02-16 00:00:00	27.4038	2	2014-06-30 00:00:00
268	2009-02-03 00:00:00	27.4038	2	2014-06-30 00:00:00
269	2009-01-11 00:00:00	27.4038	2	2014-06-30 00:00:00
270	2009-01-17 00:00:00	38.4615	2	2014-06-30 00:00:00
271	2009-01-22 00:00:00	38.4615	2	2014-06-30 00:00:00
272	2008-12-23 00:00:00	27.4038	2	2014-06-30 00:00:00
273	2011-02-15 00:00:00	72.1154	2	2014-06-30 00:00:00
274	2011-01-04 00:00:00	48.101	2	2014-06-30 00:00:00
275	2011-05-31 00:00:00	23.0769	2	2014-06-30 00:00:00
276	2011-05-31 00:00:00	23.0769	2	2014-06-30 00:00:00
277	2011-05-31 00:00:00	23.0769	2	2014-06-30 00:00:00
278	2011-05-31 00:00:00	23.0769	2	2014-06-30 00:00:00
279	2011-05-31 00:00:00	23.0769	2	2014-06-30 00:00:00
280	2011-05-31 00:00:00	23.0769	2	2014-06-30 00:00:00
281	2011-05-31 00:00:00	23.0769	2	2014-06-30 00:00:00
282	2011-05-31 00:00:00	23.0769	2	2014-06-30 00:00:00
283	2011-05-31 00:00:00	23.0769	2	2014-06-30 00:00:00
284	2012-09-30 00:00:00	23.0769	2	2014-06-30 00:00:00
285	2013-03-14 00:00:00	48.101	2	2014-06-30 00:00:00
286	2013-05-30 00:00:00	23.0769	2	2014-06-30 00:00:00
287	2012-04-16 00:00:00	48.101	2	2014-06-30 00:00:00
288	2013-05-30 00:00:00	23.0769	2	2014-06-30 00:00:00
289	2012-05-30 00:00:00	23.0769	2	2014-06-30 00:00:00
290	2012-05-30 00:00:00	23.0769	2	2014-06-30 00:00:00
\.

COPY ship_method (ship_method_id, name, ship_base, ship_rate, rowguid, modified_date) FROM stdin;
1	XRQ - TRUCK GROUND	3.95	0.99	6be756d9-d7be-4463-8f2c-ae60c710d606	2008-04-30 00:00:00
2	ZY - EXPRESS	9.95	1.99	3455079b-f773-4dc6-8f1e-2a58649c4ab8	2008-04-30 00:00:00
3	OVERSEAS - DELUXE	29.95	2.99	22f4e461-28cf-4ace-a980-f686cf112ec8	2008-04-30 00:00:00
4	OVERNIGHT J-FAST	21.95	1.29	107e8356-e7a8-463d-b60c-079fff467f3f	2008-04-30 00:00:00
5	CARGO TRANSPORT 5	8.99	1.49	b166019a-b134-4e76-b957-2b0490c610ed	2008-04-30 00:00:00
\.

COPY vendor (vendor_id, account_number, name, credit_rating, preferred_vendor_status, active_flag, purchasing_web_service_url, ship_method_ids, modified_date) FROM stdin;
1492	AUSTRALI0001	Australia Bike Retailer	1	t	t	\N	{4,5}	2011-12-23 00:00:00
1494	ALLENSON0001	Allenson Cycles	2	t	t	\N	{2}	2011-04-25 00:00:00
1496	ADVANCED0001	Advanced Bicycles	1	t	t	\N	{4,5}	2011-04-25 00:00:00
1498	TRIKES0001	Trikes, Inc.	2	t	t	\N	{4}	2012-02-03 00:00:00
1500	MORGANB0001	Morgan Bike Accessories	1	t	t	\N	{1}	2012-02-02 00:00:00
1502	CYCLING0001	Cycling Master	1	t	t	\N	\N	2011-12-24 00:00:00
1504	CHICAGO0002	Chicago Rent-All	2	t	t	\N	{1}	2011-12-24 00:00:00
1506	GREENWOO0001	Greenwood Athletic Company	1	t	t	\N	{5}	2012-01-25 00:00:00
1508	COMPETE0001	Compete Enterprises, Inc	1	t	t	\N	{1}	2011-12-24 00:00:00
1510	INTERNAT0001	International	1	t	t	\N	{5}	2012-01-25 00:00:00
1512	LIGHTSP0001	Light Speed	1	t	t	\N	\N	2011-12-23 00:00:00
1514	TRAINING0001	Training Systems	1	t	t	\N	{3,5}	2012-02-03 00:00:00
1516	GARDNER0001	Gardner Touring Cycles	1	f	f	\N	{1}	2012-01-25 00:00:00
1518	INTERNAT0004	International Trek Center	1	t	t	\N	{3}	2011-12-24 00:00:00
1520	G&KBI0001	G & K Bicycle Corp.	1	t	t	\N	{3}	2011-12-24 00:00:00
1522	FIRSTNA0001	First National Sport Co.	1	t	t	\N	{1}	2012-01-25 00:00:00
1524	RECREATI0001	Recreation Place	4	t	t	\N	\N	2012-02-02 00:00:00
1526	INTERNAT0002	International Bicycles	1	t	t	\N	{2}	2012-01-25 00:00:00
1528	IMAGEMA0001	Image Makers Bike Center	1	t	t	\N	\N	2012-02-03 00:00:00
1530	COMFORT0001	Comfort Road Bicycles	1	t	t	\N	{2}	2011-12-24 00:00:00
1532	KNOPFLER0001	Knopfler Cycles	1	t	t	\N	\N	2012-01-29 00:00:00
1534	READYRE0001	Ready Rentals	1	t	t	\N	{4,5}	2012-02-02 00:00:00
1536	CRUGERB0001	Cruger Bike Company	1	t	t	\N	{4,5}	2012-01-17 00:00:00
1538	VISTARO0001	Vista Road Bikes	3	t	t	\N	{5}	2012-02-18 00:00:00
1540	BERGERON0001	Bergeron Off-Roads	1	t	t	\N	{4,5}	2011-12-23 00:00:00
1542	HILLSBI0001	Hill's Bicycle Service	1	t	t	\N	{2}	2012-01-25 00:00:00
1544	CIRCUIT0001	Circuit Cycles	1	f	f	\N	{1}	2011-12-24 00:00:00
1546	GREENLA0001	Green Lake Bike Company	1	t	t	\N	{3}	2012-01-29 00:00:00
1548	CONSUMER0001	Consumer Cycles	3	t	t	\N	{2}	2011-12-24 00:00:00
1550	MERITBI0001	Merit Bikes	5	t	t	\N	\N	2012-02-03 00:00:00
1552	SPORTSH0001	Sports House	1	t	t	\N	\N	2012-01-25 00:00:00
1554	WESTAMER0001	WestAmerica Bicycle Co.	1	f	t	\N	{4,5}	2012-02-18 00:00:00
1556	WESTJUN0001	West Junction Cycles	1	t	t	\N	{4}	2012-02-18 00:00:00
1558	MARSH0001	Marsh	1	t	t	\N	\N	2012-02-03 00:00:00
1560	CAPITAL0001	Capital Road Cycles	1	t	t	\N	{5}	2011-12-24 00:00:00
1562	NORSTAN0001	Norstan Bike Hut	1	t	t	\N	{4,5}	2012-02-02 00:00:00
1564	ILLINOIS0001	Illinois Trek & Clothing	1	t	t	\N	\N	2011-12-23 00:00:00
1566	BURNETT0001	Burnett Road Warriors	1	t	t	\N	{5}	2011-12-23 00:00:00
1568	CUSTOMF0001	Custom Frames, Inc.	2	t	t	\N	{1,2,5}	2012-01-17 00:00:00
1570	FIRSTRA0001	First Rate Bicycles	1	t	t	\N	{2,4}	2012-01-25 00:00:00
1572	NATIONAL0001	National Bike Association	1	t	t	\N	{1}	2012-02-02 00:00:00
1574	JEFFSSP0001	Jeff's Sporting Goods	1	t	t	\N	{3}	2011-12-24 00:00:00
1576	SUPERIOR0001	Superior Bicycles	1	t	t	\N	{5}	2012-02-03 00:00:00
1578	VISIONC0001	Vision Cycles, Inc.	1	f	t	\N	{3,5}	2012-02-18 00:00:00
1580	LITWARE0001	Litware, Inc.	1	t	t	www.litwareinc.com/	{3,5}	2011-04-25 00:00:00
1582	INNERCI0001	Inner City Bikes	3	t	t	\N	{4,5}	2012-01-25 00:00:00
1584	TREYRE0001	Trey Research	3	t	t	www.treyresearch.net/	{5}	2012-01-25 00:00:00
1586	MITCHELL0001	Mitchell Sports	1	t	t	\N	{5}	2012-02-02 00:00:00
1588	SIGNATUR0001	Signature Cycles	2	t	t	\N	{5}	2012-02-02 00:00:00
1590	SUPERSAL0001	SUPERSALES INC.	1	t	t	\N	{1}	2012-02-03 00:00:00
1592	LINDELL0001	Lindell	1	t	t	\N	{2}	2012-01-29 00:00:00
1594	FITNESS0001	Fitness Association	1	t	t	\N	{3}	2012-02-03 00:00:00
1596	ADATUM0001	A. Datum Corporation	1	t	t	www.adatum.com/	\N	2011-12-24 00:00:00
1598	CONTINEN0001	Continental Pro Cycles	3	t	t	\N	{4,5}	2011-12-24 00:00:00
1600	FEDERAL0001	Federal Sport	3	t	t	\N	{1}	2012-01-25 00:00:00
1602	BEAUMONT0001	Beaumont Bikes	1	f	t	\N	{5}	2011-12-23 00:00:00
1604	BIKESAT0001	Bike Satellite Inc.	1	f	t	\N	{3,4}	2011-12-23 00:00:00
1606	NORTHW0001	Northwind Traders	1	t	t	www.northwindtraders.com/	\N	2012-01-25 00:00:00
1608	SPORTPL0001	Sport Playground	1	t	t	\N	{5}	2012-02-02 00:00:00
1610	HYBRIDB0001	Hybrid Bicycle Center	1	t	t	\N	{4}	2012-01-25 00:00:00
1612	MIDWEST0001	Midwest Sport, Inc.	1	t	t	\N	{4}	2012-02-02 00:00:00
1614	RELIANCE0001	Reliance Fitness, Inc.	2	f	f	\N	{4,5}	2012-02-02 00:00:00
1616	AURORAB0001	Aurora Bike Center	1	t	t	\N	{4,5}	2011-05-09 00:00:00
1618	METROSP0001	Metro Sport Equipment	1	t	t	\N	{4}	2012-01-29 00:00:00
1620	LAKEWOOD0001	Lakewood Bicycle	1	t	t	\N	{5}	2012-01-29 00:00:00
1622	SPEEDCO0001	Speed Corporation	1	t	t	\N	{4,5}	2012-02-02 00:00:00
1624	COMPETIT0001	Competition Bike Training Systems	1	t	t	\N	{2}	2011-12-24 00:00:00
1626	HILLBIC0001	Hill Bicycle Center	1	t	t	\N	{2}	2012-01-25 00:00:00
1628	BICYCLE0001	Bicycle Specialists	1	t	t	\N	{5}	2011-12-23 00:00:00
1630	INDIANA0001	Indiana Bicycle Center	1	t	t	\N	\N	2012-02-02 00:00:00
1632	SPORTFA0001	Sport Fan Co.	1	t	t	\N	{4,5}	2012-02-02 00:00:00
1634	GMASKI0001	GMA Ski & Bike	1	t	t	\N	\N	2011-05-09 00:00:00
1636	INTEGRAT0001	Integrated Sport Products	1	t	t	\N	{3}	2012-01-17 00:00:00
1638	INLINEA0001	Inline Accessories	1	t	t	\N	{5}	2012-01-25 00:00:00
1640	LEGENDC0001	Legend Cycles	1	t	t	\N	\N	2012-02-02 00:00:00
1642	ELECTRON0001	Electronic Bike Co.	1	t	t	\N	\N	2012-02-02 00:00:00
1644	INTERNAT0003	International Sport Assoc.	1	t	t	\N	{1}	2012-01-25 00:00:00
1646	ELECTRON0002	Electronic Bike Repair & Supplies	1	t	t	\N	{2,5}	2012-01-17 00:00:00
1648	WIDEWOR0001	Wide World Importers	2	t	t	www.wideworldimporters.com/	{5}	2012-01-17 00:00:00
1650	AMERICAN0001	American Bicycles and Wheels	1	t	t	\N	{5}	2011-04-25 00:00:00
1652	VICTORY0001	Victory Bikes	5	t	t	\N	{1,4}	2012-02-18 00:00:00
1654	AMERICAN0002	American Bikes	1	t	t	\N	{4}	2011-05-09 00:00:00
1656	MOUNTAIN0001	Mountain Works	1	f	t	\N	{4,5}	2012-02-02 00:00:00
1658	CROWLEY0001	Crowley Sport	1	t	t	\N	{5}	2011-12-24 00:00:00
1660	MAGICCY0001	Magic Cycles	1	t	t	\N	\N	2012-01-25 00:00:00
1662	NORTHERN0001	Northern Bike Travel	3	t	t	\N	{2}	2012-02-02 00:00:00
1664	ANDERSON0001	Anderson's Custom Bikes	1	t	t	\N	{3}	2011-05-09 00:00:00
1666	LEAFRIV0001	Leaf River Terrain	1	f	t	\N	{4,5}	2012-01-29 00:00:00
1668	TOURING0001	Touring Equipment Center	1	t	t	\N	\N	2012-02-03 00:00:00
1670	HOLIDAY0001	Holiday Skate & Cycle	1	t	t	\N	\N	2012-02-03 00:00:00
1672	EXPERTB0001	Expert Bike Co	1	t	t	\N	{2,4,5}	2012-01-25 00:00:00
1674	VARSITY0001	Varsity Sport Co.	1	t	t	\N	{2}	2012-02-18 00:00:00
1676	TEAMATH0001	Team Athletic Co.	1	t	t	\N	{3}	2012-02-03 00:00:00
1678	PROSE0001	Proseware, Inc.	4	f	f	www.proseware.com/	{3,4}	2011-05-09 00:00:00
1680	JACKSON0001	Jackson Authority	1	t	t	\N	{4,5}	2012-01-25 00:00:00
1682	PREMIER0001	Premier Sport, Inc.	1	t	t	\N	{4}	2012-02-02 00:00:00
1684	PROFESSI0001	Professional Athletic Consultants	1	t	t	\N	{4,5}	2012-02-02 00:00:00
1686	PROSPOR0001	Pro Sport Industries	1	f	t	\N	{4,5}	2012-02-02 00:00:00
1688	WOODFIT0001	Wood Fitness	1	t	t	\N	{4}	2012-02-18 00:00:00
1690	BLOOMING0001	Bloomington Multisport	1	t	t	\N	{5}	2011-12-23 00:00:00
1692	CARLSON0001	Carlson Specialties	2	t	t	\N	{5}	2011-12-24 00:00:00
1694	COMPETE0002	Compete, Inc.	1	t	t	\N	{1}	2011-12-24 00:00:00
1696	CHICAGO0001	Chicago City Saddles	1	t	t	\N	{2,4,5}	2011-12-24 00:00:00
1698	BUSINESS0001	Business Equipment Center	2	t	t	\N	{5}	2011-12-23 00:00:00
\.

COPY purchase_order (purchase_order_id, revision_number, status, employee_id, vendor_id, ship_method_id, order_date, ship_date, sub_total, tax_amt, freight, modified_date) FROM stdin;
1	4	4	258	1580	3	2011-04-16 00:00:00	2011-04-25 00:00:00	201.04	16.0832	5.026	2011-04-25 00:00:00
2	4	1	254	1496	5	2011-04-16 00:00:00	2011-04-25 00:00:00	272.1015	21.7681	6.8025	2011-04-25 00:00:00
3	4	4	257	1494	2	2011-04-16 00:00:00	2011-04-25 00:00:00	8847.3	707.784	221.1825	2011-04-25 00:00:00
4	4	3	261	1650	5	2011-04-16 00:00:00	2011-04-25 00:00:00	171.0765	13.6861	4.2769	2011-04-25 00:00:00
5	4	4	251	1654	4	2011-04-30 00:00:00	2011-05-09 00:00:00	20397.3	1631.784	509.9325	2011-05-09 00:00:00
6	4	4	253	1664	3	2011-04-30 00:00:00	2011-05-09 00:00:00	14628.075	1170.246	365.7019	2011-05-09 00:00:00
7	4	4	255	1678	3	2011-04-30 00:00:00	2011-05-09 00:00:00	58685.55	4694.844	1467.1388	2011-05-09 00:00:00
8	4	4	256	1616	5	2011-04-30 00:00:00	2011-05-09 00:00:00	693.378	55.4702	17.3345	2011-05-09 00:00:00
9	5	4	259	1492	5	2011-12-14 00:00:00	2011-12-23 00:00:00	694.1655	55.5332	17.3541	2011-12-23 00:00:00
10	4	4	250	1602	5	2011-12-14 00:00:00	2011-12-23 00:00:00	1796.0355	143.6828	44.9009	2011-12-23 00:00:00
11	4	4	258	1540	4	2011-12-14 00:00:00	2011-12-23 00:00:00	501.1965	40.0957	12.5299	2011-12-23 00:00:00
12	4	4	254	1628	5	2011-12-14 00:00:00	2011-12-23 00:00:00	34644.225	2771.538	866.1056	2011-12-23 00:00:00
13	4	4	257	1604	4	2011-12-14 00:00:00	2011-12-23 00:00:00	1839.5055	147.1604	45.9876	2011-12-23 00:00:00
14	4	3	261	1690	5	2011-12-14 00:00:00	2011-12-23 00:00:00	146.286	11.7029	3.6572	2011-12-23 00:00:00
15	4	4	251	1566	5	2011-12-14 00:00:00	2011-12-23 00:00:00	102.564	8.2051	2.5641	2011-12-23 00:00:00
16	4	4	253	1698	5	2011-12-14 00:00:00	2011-12-23 00:00:00	150.7905	12.0632	3.7698	2011-12-23 00:00:00
17	4	4	255	1560	5	2011-12-15 00:00:00	2011-12-24 00:00:00	13669.425	1093.554	341.7356	2011-12-24 00:00:00
18	4	4	256	1692	5	2011-12-15 00:00:00	2011-12-24 00:00:00	16393.23	1311.4584	409.8308	2011-12-24 00:00:00
19	4	4	259	1696	2	2011-12-15 00:00:00	2011-12-24 00:00:00	79204.125	6336.33	1980.1031	2011-12-24 00:00:00
20	4	4	260	1504	1	2011-12-15 00:00:00	2011-12-24 00:00:00	551.88	44.1504	13.797	2011-12-24 00:00:00
21	4	4	250	1544	1	2011-12-15 00:00:00	2011-12-24 00:00:00	6987.75	559.02	174.6938	2011-12-24 00:00:00
22	4	4	254	1530	2	2011-12-15 00:00:00	2011-12-24 00:00:00	28072.275	2245.782	701.8069	2011-12-24 00:00:00
23	4	4	257	1508	1	2011-12-15 00:00:00	2011-12-24 00:00:00	37312.275	2984.982	932.8069	2011-12-24 00:00:00
24	4	3	261	1694	1	2011-12-15 00:00:00	2011-12-24 00:00:00	4215.75	337.26	105.3938	2011-12-24 00:00:00
25	4	4	251	1624	2	2011-12-15 00:00:00	2011-12-24 00:00:00	28297.5	2263.8	707.4375	2011-12-24 00:00:00
26	4	4	253	1548	2	2011-12-15 00:00:00	2011-12-24 00:00:00	59.9445	4.7956	1.4986	2011-12-24 00:00:00
27	4	4	255	1598	4	2011-12-15 00:00:00	2011-12-24 00:00:00	722.61	57.8088	18.0653	2011-12-24 00:00:00
28	4	4	256	1658	5	2011-12-15 00:00:00	2011-12-24 00:00:00	43878.45	3510.276	1096.9613	2011-12-24 00:00:00
29	4	4	259	1536	4	2012-01-08 00:00:00	2012-01-17 00:00:00	592.7985	47.4239	14.82	2012-01-17 00:00:00
30	4	4	260	1568	2	2012-01-08 00:00:00	2012-01-17 00:00:00	21252	1700.16	531.3	2012-01-17 00:00:00
31	4	4	258	1648	5	2012-01-08 00:00:00	2012-01-17 00:00:00	142.4115	11.3929	3.5603	2012-01-17 00:00:00
32	6	4	254	1646	2	2012-01-08 00:00:00	2012-01-17 00:00:00	28794.15	2303.532	719.8538	2012-01-17 00:00:00
33	4	4	257	1672	4	2012-01-16 00:00:00	2012-01-25 00:00:00	421.155	33.6924	10.5289	2012-01-25 00:00:00
34	4	3	261	1600	1	2012-01-16 00:00:00	2012-01-25 00:00:00	1276.275	102.102	31.9069	2012-01-25 00:00:00
35	4	4	251	1522	1	2012-01-16 00:00:00	2012-01-25 00:00:00	2003.925	160.314	50.0981	2012-01-25 00:00:00
36	4	4	253	1570	2	2012-01-16 00:00:00	2012-01-25 00:00:00	50860.425	4068.834	1271.5106	2012-01-25 00:00:00
37	4	4	255	1516	1	2012-01-16 00:00:00	2012-01-25 00:00:00	454.86	36.3888	11.3715	2012-01-25 00:00:00
38	6	4	256	1506	5	2012-01-16 00:00:00	2012-01-25 00:00:00	43878.45	3510.276	1096.9613	2012-01-25 00:00:00
39	4	4	252	1626	2	2012-01-16 00:00:00	2012-01-25 00:00:00	7132.125	570.57	178.3031	2012-01-25 00:00:00
40	4	4	260	1542	2	2012-01-16 00:00:00	2012-01-25 00:00:00	28343.7	2267.496	708.5925	2012-01-25 00:00:00
41	4	4	258	1610	4	2012-01-16 00:00:00	2012-01-25 00:00:00	22516.725	1801.338	562.9181	2012-01-25 00:00:00
42	5	4	254	1638	5	2012-01-16 00:00:00	2012-01-25 00:00:00	34644.225	2771.538	866.1056	2012-01-25 00:00:00
43	4	4	257	1582	5	2012-01-16 00:00:00	2012-01-25 00:00:00	427.9275	34.2342	10.6982	2012-01-25 00:00:00
44	4	3	261	1510	5	2012-01-16 00:00:00	2012-01-25 00:00:00	143.0415	11.4433	3.576	2012-01-25 00:00:00
45	4	4	250	1526	2	2012-01-16 00:00:00	2012-01-25 00:00:00	28199.325	2255.946	704.9831	2012-01-25 00:00:00
46	4	4	253	1644	1	2012-01-16 00:00:00	2012-01-25 00:00:00	3713.325	297.066	92.8331	2012-01-25 00:00:00
47	4	4	255	1680	5	2012-01-16 00:00:00	2012-01-25 00:00:00	63831.075	5106.486	1595.7769	2012-01-25 00:00:00
48	4	4	256	1584	5	2012-01-16 00:00:00	2012-01-25 00:00:00	16340.31	1307.2248	408.5078	2012-01-25 00:00:00
49	4	4	259	1620	5	2012-01-20 00:00:00	2012-01-29 00:00:00	5711.475	456.918	142.7869	2012-01-29 00:00:00
50	5	4	260	1666	5	2012-01-20 00:00:00	2012-01-29 00:00:00	429.345	34.3476	10.7336	2012-01-29 00:00:00
51	4	4	258	1592	2	2012-01-20 00:00:00	2012-01-29 00:00:00	97.965	7.8372	2.4491	2012-01-29 00:00:00
52	4	4	254	1618	4	2012-01-20 00:00:00	2012-01-29 00:00:00	114.471	9.1577	2.8618	2012-01-29 00:00:00
53	4	4	252	1612	4	2012-01-24 00:00:00	2012-02-02 00:00:00	132.6465	10.6117	3.3162	2012-02-02 00:00:00
54	6	3	261	1586	5	2012-01-24 00:00:00	2012-02-02 00:00:00	43878.45	3510.276	1096.9613	2012-02-02 00:00:00
55	4	4	251	1500	1	2012-01-24 00:00:00	2012-02-02 00:00:00	418.95	33.516	10.4738	2012-02-02 00:00:00
56	4	4	253	1656	4	2012-01-24 00:00:00	2012-02-02 00:00:00	525.7665	42.0613	13.1442	2012-02-02 00:00:00
57	4	4	255	1572	1	2012-01-24 00:00:00	2012-02-02 00:00:00	461.79	36.9432	11.5448	2012-02-02 00:00:00
58	4	4	256	1562	4	2012-01-24 00:00:00	2012-02-02 00:00:00	630.378	50.4302	15.7595	2012-02-02 00:00:00
59	9	4	259	1662	2	2012-01-24 00:00:00	2012-02-02 00:00:00	37.0755	2.966	0.9269	2012-02-02 00:00:00
60	4	4	260	1682	4	2012-01-24 00:00:00	2012-02-02 00:00:00	21558.075	1724.646	538.9519	2012-02-02 00:00:00
61	4	4	258	1686	4	2012-01-24 00:00:00	2012-02-02 00:00:00	507.087	40.567	12.6772	2012-02-02 00:00:00
62	4	4	254	1684	5	2012-01-24 00:00:00	2012-02-02 00:00:00	41048.7	3283.896	1026.2175	2012-02-02 00:00:00
63	4	4	257	1534	5	2012-01-24 00:00:00	2012-02-02 00:00:00	429.345	34.3476	10.7336	2012-02-02 00:00:00
64	5	3	261	1614	5	2012-01-24 00:00:00	2012-02-02 00:00:00	279.153	22.3322	6.9788	2012-02-02 00:00:00
65	4	4	251	1588	5	2012-01-24 00:00:00	2012-02-02 00:00:00	40471.2	3237.696	1011.78	2012-02-02 00:00:00
66	5	4	253	1622	5	2012-01-24 00:00:00	2012-02-02 00:00:00	563.5665	45.0853	14.0892	2012-02-02 00:00:00
67	4	4	255	1632	5	2012-01-24 00:00:00	2012-02-02 00:00:00	62092.8	4967.424	1552.32	2012-02-02 00:00:00
68	5	4	256	1608	5	2012-01-24 00:00:00	2012-02-02 00:00:00	5948.25	475.86	148.7063	2012-02-02 00:00:00
69	4	4	259	1576	5	2012-01-25 00:00:00	2012-02-03 00:00:00	91117.95	7289.436	2277.9488	2012-02-03 00:00:00
70	5	4	260	1590	1	2012-01-25 00:00:00	2012-02-03 00:00:00	525	42	13.125	2012-02-03 00:00:00
71	4	4	258	1514	5	2012-01-25 00:00:00	2012-02-03 00:00:00	2003.6835	160.2947	50.0921	2012-02-03 00:00:00
72	4	4	254	1498	4	2012-01-25 00:00:00	2012-02-03 00:00:00	26455.275	2116.422	661.3819	2012-02-03 00:00:00
73	4	4	257	1674	2	2012-02-09 00:00:00	2012-02-18 00:00:00	944.37	75.5496	23.6093	2012-02-18 00:00:00
74	6	3	261	1652	4	2012-02-09 00:00:00	2012-02-18 00:00:00	44594.55	3567.564	1114.8638	2012-02-18 00:00:00
75	4	4	251	1578	3	2012-02-09 00:00:00	2012-02-18 00:00:00	62843.55	5027.484	1571.0888	2012-02-18 00:00:00
76	4	4	253	1538	5	2012-02-09 00:00:00	2012-02-18 00:00:00	37843.575	3027.486	946.0894	2012-02-18 00:00:00
77	4	4	252	1556	4	2012-02-09 00:00:00	2012-02-18 00:00:00	25531.275	2042.502	638.2819	2012-02-18 00:00:00
78	4	4	256	1554	5	2012-02-09 00:00:00	2012-02-18 00:00:00	694.1655	55.5332	17.3541	2012-02-18 00:00:00
79	4	4	259	1688	4	2012-02-09 00:00:00	2012-02-18 00:00:00	125.748	10.0598	3.1437	2012-02-18 00:00:00
80	4	4	260	1580	5	2012-02-09 00:00:00	2012-02-18 00:00:00	150.7905	12.0632	3.7698	2012-02-18 00:00:00
81	4	4	258	1496	5	2012-02-09 00:00:00	2012-02-18 00:00:00	560.007	44.8006	14.0002	2012-02-18 00:00:00
82	5	4	254	1494	2	2012-02-09 00:00:00	2012-02-18 00:00:00	8847.3	707.784	221.1825	2012-02-18 00:00:00
83	4	4	257	1650	5	2012-02-09 00:00:00	2012-02-18 00:00:00	171.0765	13.6861	4.2769	2012-02-18 00:00:00
84	4	3	261	1654	4	2012-02-09 00:00:00	2012-02-18 00:00:00	20397.3	1631.784	509.9325	2012-02-18 00:00:00
85	4	4	251	1664	3	2012-02-09 00:00:00	2012-02-18 00:00:00	14628.075	1170.246	365.7019	2012-02-18 00:00:00
86	5	4	253	1678	3	2012-02-09 00:00:00	2012-02-18 00:00:00	58685.55	4694.844	1467.1388	2012-02-18 00:00:00
87	4	4	255	1616	5	2012-02-09 00:00:00	2012-02-18 00:00:00	773.01	61.8408	19.3253	2012-02-18 00:00:00
88	5	4	252	1492	5	2012-02-09 00:00:00	2012-02-18 00:00:00	656.586	52.5269	16.4147	2012-02-18 00:00:00
89	4	4	259	1602	5	2012-02-23 00:00:00	2012-03-03 00:00:00	1796.0355	143.6828	44.9009	2012-03-03 00:00:00
90	4	4	260	1540	4	2012-02-23 00:00:00	2012-03-03 00:00:00	358.6275	28.6902	8.9657	2012-03-03 00:00:00
91	4	4	258	1628	5	2012-02-23 00:00:00	2012-03-03 00:00:00	34644.225	2771.538	866.1056	2012-03-03 00:00:00
92	4	4	250	1604	4	2012-02-23 00:00:00	2012-03-03 00:00:00	257.5755	20.606	6.4394	2012-03-03 00:00:00
93	4	4	257	1690	5	2012-02-27 00:00:00	2012-03-07 00:00:00	146.286	11.7029	3.6572	2012-03-07 00:00:00
94	4	3	261	1566	5	2012-02-27 00:00:00	2012-03-07 00:00:00	102.564	8.2051	2.5641	2012-03-07 00:00:00
95	4	4	251	1698	5	2012-02-27 00:00:00	2012-03-07 00:00:00	150.7905	12.0632	3.7698	2012-03-07 00:00:00
96	4	4	253	1560	5	2012-02-27 00:00:00	2012-03-07 00:00:00	13669.425	1093.554	341.7356	2012-03-07 00:00:00
97	6	4	255	1692	5	2012-03-08 00:00:00	2012-03-17 00:00:00	16393.23	1311.4584	409.8308	2012-03-17 00:00:00
98	4	4	256	1696	4	2012-03-08 00:00:00	2012-03-17 00:00:00	73377.15	5870.172	1834.4288	2012-03-17 00:00:00
99	4	4	259	1504	1	2012-03-08 00:00:00	2012-03-17 00:00:00	551.88	44.1504	13.797	2012-03-17 00:00:00
100	4	4	260	1544	1	2012-03-08 00:00:00	2012-03-17 00:00:00	6987.75	559.02	174.6938	2012-03-17 00:00:00
101	5	4	258	1530	2	2012-03-08 00:00:00	2012-03-17 00:00:00	28072.275	2245.782	701.8069	2012-03-17 00:00:00
102	4	4	254	1508	1	2012-03-08 00:00:00	2012-03-17 00:00:00	35394.975	2831.598	884.8744	2012-03-17 00:00:00
103	4	4	257	1694	1	2012-03-08 00:00:00	2012-03-17 00:00:00	3407.25	272.58	85.1813	2012-03-17 00:00:00
104	4	3	261	1624	2	2012-03-08 00:00:00	2012-03-17 00:00:00	28297.5	2263.8	707.4375	2012-03-17 00:00:00
105	4	4	251	1548	2	2012-03-08 00:00:00	2012-03-17 00:00:00	59.9445	4.7956	1.4986	2012-03-17 00:00:00
106	4	4	253	1598	4	2012-03-08 00:00:00	2012-03-17 00:00:00	332.955	26.6364	8.3239	2012-03-17 00:00:00
107	4	4	255	1658	5	2012-03-08 00:00:00	2012-03-17 00:00:00	43878.45	3510.276	1096.9613	2012-03-17 00:00:00
108	4	4	256	1536	4	2012-03-08 00:00:00	2012-03-17 00:00:00	674.3835	53.9507	16.8596	2012-03-17 00:00:00
109	4	4	259	1568	2	2012-03-08 00:00:00	2012-03-17 00:00:00	31398.675	2511.894	784.9669	2012-03-17 00:00:00
110	4	4	250	1648	5	2012-03-08 00:00:00	2012-03-17 00:00:00	142.4115	11.3929	3.5603	2012-03-17 00:00:00
111	4	4	258	1646	5	2012-03-08 00:00:00	2012-03-17 00:00:00	19236.525	1538.922	480.9131	2012-03-17 00:00:00
112	4	4	254	1672	4	2012-03-08 00:00:00	2012-03-17 00:00:00	272.4435	21.7955	6.8111	2012-03-17 00:00:00
113	5	4	257	1600	1	2012-03-09 00:00:00	2012-03-18 00:00:00	1276.275	102.102	31.9069	2012-03-18 00:00:00
114	4	3	261	1522	1	2012-03-09 00:00:00	2012-03-18 00:00:00	2003.925	160.314	50.0981	2012-03-18 00:00:00
115	4	4	251	1570	2	2012-03-09 00:00:00	2012-03-18 00:00:00	50860.425	4068.834	1271.5106	2012-03-18 00:00:00
116	4	4	253	1516	1	2012-03-09 00:00:00	2012-03-18 00:00:00	454.86	36.3888	11.3715	2012-03-18 00:00:00
117	4	4	255	1506	5	2012-03-09 00:00:00	2012-03-18 00:00:00	43878.45	3510.276	1096.9613	2012-03-18 00:00:00
118	5	4	256	1626	2	2012-03-09 00:00:00	2012-03-18 00:00:00	7132.125	570.57	178.3031	2012-03-18 00:00:00
119	4	4	259	1542	2	2012-03-09 00:00:00	2012-03-18 00:00:00	28343.7	2267.496	708.5925	2012-03-18 00:00:00
120	4	4	260	1610	4	2012-03-09 00:00:00	2012-03-18 00:00:00	22516.725	1801.338	562.9181	2012-03-18 00:00:00
121	4	4	250	1638	5	2012-03-09 00:00:00	2012-03-18 00:00:00	34644.225	2771.538	866.1056	2012-03-18 00:00:00
122	4	4	254	1582	4	2012-03-09 00:00:00	2012-03-18 00:00:00	266.238	21.299	6.656	2012-03-18 00:00:00
123	5	4	257	1510	5	2012-03-09 00:00:00	2012-03-18 00:00:00	143.0415	11.4433	3.576	2012-03-18 00:00:00
124	4	3	261	1526	2	2012-03-09 00:00:00	2012-03-18 00:00:00	28199.325	2255.946	704.9831	2012-03-18 00:00:00
125	4	4	251	1644	1	2012-03-09 00:00:00	2012-03-18 00:00:00	3713.325	297.066	92.8331	2012-03-18 00:00:00
126	4	4	253	1680	5	2012-03-09 00:00:00	2012-03-18 00:00:00	63831.075	5106.486	1595.7769	2012-03-18 00:00:00
127	4	4	255	1584	5	2012-03-09 00:00:00	2012-03-18 00:00:00	16340.31	1307.2248	408.5078	2012-03-18 00:00:00
128	4	4	256	1620	5	2012-03-09 00:00:00	2012-03-18 00:00:00	5711.475	456.918	142.7869	2012-03-18 00:00:00
129	4	4	259	1666	4	2012-03-14 00:00:00	2012-03-23 00:00:00	665.028	53.2022	16.6257	2012-03-23 00:00:00
130	4	4	260	1592	2	2012-03-14 00:00:00	2012-03-23 00:00:00	97.965	7.8372	2.4491	2012-03-23 00:00:00
131	4	4	258	1618	4	2012-03-14 00:00:00	2012-03-23 00:00:00	114.471	9.1577	2.8618	2012-03-23 00:00:00
132	6	4	254	1612	4	2012-03-14 00:00:00	2012-03-23 00:00:00	132.6465	10.6117	3.3162	2012-03-23 00:00:00
133	4	4	257	1586	5	2012-03-28 00:00:00	2012-04-06 00:00:00	43878.45	3510.276	1096.9613	2012-04-06 00:00:00
134	4	3	261	1500	1	2012-03-28 00:00:00	2012-04-06 00:00:00	418.95	33.516	10.4738	2012-04-06 00:00:00
135	4	4	251	1656	4	2012-03-28 00:00:00	2012-04-06 00:00:00	3413.2455	273.0596	85.3311	2012-04-06 00:00:00
136	4	4	253	1572	1	2012-03-28 00:00:00	2012-04-06 00:00:00	461.79	36.9432	11.5448	2012-04-06 00:00:00
137	6	4	255	1562	4	2012-04-11 00:00:00	2012-04-20 00:00:00	722.4525	57.7962	18.0613	2012-04-20 00:00:00
138	4	4	256	1662	2	2012-04-11 00:00:00	2012-04-20 00:00:00	37.0755	2.966	0.9269	2012-04-20 00:00:00
139	5	4	252	1682	4	2012-04-11 00:00:00	2012-04-20 00:00:00	21558.075	1724.646	538.9519	2012-04-20 00:00:00
140	4	4	260	1686	4	2012-04-11 00:00:00	2012-04-20 00:00:00	351.855	28.1484	8.7964	2012-04-20 00:00:00
141	4	4	258	1684	4	2012-04-11 00:00:00	2012-04-20 00:00:00	45172.05	3613.764	1129.3013	2012-04-20 00:00:00
142	6	4	254	1534	4	2012-04-11 00:00:00	2012-04-20 00:00:00	267.183	21.3746	6.6796	2012-04-20 00:00:00
143	4	4	257	1614	5	2012-04-11 00:00:00	2012-04-20 00:00:00	415.8	33.264	10.395	2012-04-20 00:00:00
144	5	3	261	1588	5	2012-04-11 00:00:00	2012-04-20 00:00:00	40471.2	3237.696	1011.78	2012-04-20 00:00:00
145	4	4	250	1622	4	2012-04-11 00:00:00	2012-04-20 00:00:00	662.0985	52.9679	16.5525	2012-04-20 00:00:00
146	4	4	253	1632	5	2012-04-11 00:00:00	2012-04-20 00:00:00	62092.8	4967.424	1552.32	2012-04-20 00:00:00
147	4	4	255	1608	5	2012-04-11 00:00:00	2012-04-20 00:00:00	5948.25	475.86	148.7063	2012-04-20 00:00:00
148	4	4	256	1576	5	2012-04-11 00:00:00	2012-04-20 00:00:00	91117.95	7289.436	2277.9488	2012-04-20 00:00:00
149	4	4	259	1590	1	2012-04-11 00:00:00	2012-04-20 00:00:00	525	42	13.125	2012-04-20 00:00:00
150	4	4	260	1514	5	2012-04-11 00:00:00	2012-04-20 00:00:00	2003.6835	160.2947	50.0921	2012-04-20 00:00:00
151	5	4	258	1498	4	2012-04-11 00:00:00	2012-04-20 00:00:00	26455.275	2116.422	661.3819	2012-04-20 00:00:00
152	4	4	254	1674	2	2012-04-11 00:00:00	2012-04-20 00:00:00	944.37	75.5496	23.6093	2012-04-20 00:00:00
153	4	4	252	1652	1	2012-05-02 00:00:00	2012-05-11 00:00:00	6993.525	559.482	174.8381	2012-05-11 00:00:00
154	4	3	261	1578	3	2012-05-02 00:00:00	2012-05-11 00:00:00	36122.625	2889.81	903.0656	2012-05-11 00:00:00
155	4	4	251	1538	5	2012-05-02 00:00:00	2012-05-11 00:00:00	37843.575	3027.486	946.0894	2012-05-11 00:00:00
156	5	4	253	1556	4	2012-05-02 00:00:00	2012-05-11 00:00:00	25531.275	2042.502	638.2819	2012-05-11 00:00:00
157	4	4	255	1554	5	2012-05-30 00:00:00	2012-06-08 00:00:00	773.955	61.9164	19.3489	2012-06-08 00:00:00
158	4	4	256	1688	4	2012-05-30 00:00:00	2012-06-08 00:00:00	125.748	10.0598	3.1437	2012-06-08 00:00:00
159	4	4	259	1580	5	2012-05-30 00:00:00	2012-06-08 00:00:00	150.7905	12.0632	3.7698	2012-06-08 00:00:00
160	4	4	260	1496	4	2012-05-30 00:00:00	2012-06-08 00:00:00	391.545	31.3236	9.7886	2012-06-08 00:00:00
161	4	4	258	1494	2	2012-05-30 00:00:00	2012-06-08 00:00:00	8847.3	707.784	221.1825	2012-06-08 00:00:00
162	4	4	254	1650	5	2012-05-30 00:00:00	2012-06-08 00:00:00	171.0765	13.6861	4.2769	2012-06-08 00:00:00
163	4	4	257	1654	4	2012-05-30 00:00:00	2012-06-08 00:00:00	20397.3	1631.784	509.9325	2012-06-08 00:00:00
164	4	3	261	1664	3	2012-05-30 00:00:00	2012-06-08 00:00:00	14628.075	1170.246	365.7019	2012-06-08 00:00:00
165	4	4	251	1678	3	2012-05-30 00:00:00	2012-06-08 00:00:00	58685.55	4694.844	1467.1388	2012-06-08 00:00:00
166	4	4	253	1616	4	2012-05-30 00:00:00	2012-06-08 00:00:00	481.887	38.551	12.0472	2012-06-08 00:00:00
167	4	4	255	1492	4	2012-05-30 00:00:00	2012-06-08 00:00:00	710.955	56.8764	17.7739	2012-06-08 00:00:00
168	4	4	256	1602	5	2012-05-30 00:00:00	2012-06-08 00:00:00	1796.0355	143.6828	44.9009	2012-06-08 00:00:00
169	4	4	259	1540	4	2012-05-30 00:00:00	2012-06-08 00:00:00	664.3035	53.1443	16.6076	2012-06-08 00:00:00
170	4	4	260	1628	5	2012-05-30 00:00:00	2012-06-08 00:00:00	34644.225	2771.538	866.1056	2012-06-08 00:00:00
171	4	4	258	1604	3	2012-05-30 00:00:00	2012-06-08 00:00:00	1581.93	126.5544	39.5483	2012-06-08 00:00:00
172	4	4	254	1690	5	2012-05-30 00:00:00	2012-06-08 00:00:00	146.286	11.7029	3.6572	2012-06-08 00:00:00
173	4	4	257	1566	5	2012-06-11 00:00:00	2012-06-20 00:00:00	102.564	8.2051	2.5641	2012-06-20 00:00:00
174	4	3	261	1698	5	2012-06-11 00:00:00	2012-06-20 00:00:00	150.7905	12.0632	3.7698	2012-06-20 00:00:00
175	4	4	251	1560	5	2012-06-11 00:00:00	2012-06-20 00:00:00	13669.425	1093.554	341.7356	2012-06-20 00:00:00
176	4	4	253	1692	5	2012-06-11 00:00:00	2012-06-20 00:00:00	13458.69	1076.6952	336.4673	2012-06-20 00:00:00
177	4	4	252	1696	2	2012-06-22 00:00:00	2012-07-01 00:00:00	101720.85	8137.668	2543.0213	2012-07-01 00:00:00
178	4	4	256	1504	1	2012-06-22 00:00:00	2012-07-01 00:00:00	551.88	44.1504	13.797	2012-07-01 00:00:00
179	4	4	259	1544	1	2012-06-22 00:00:00	2012-07-01 00:00:00	6987.75	559.02	174.6938	2012-07-01 00:00:00
180	4	4	260	1530	2	2012-06-22 00:00:00	2012-07-01 00:00:00	28072.275	2245.782	701.8069	2012-07-01 00:00:00
181	4	4	258	1508	1	2012-06-22 00:00:00	2012-07-01 00:00:00	1917.3	153.384	47.9325	2012-07-01 00:00:00
182	4	4	254	1694	1	2012-06-22 00:00:00	2012-07-01 00:00:00	4215.75	337.26	105.3938	2012-07-01 00:00:00
183	4	4	257	1624	2	2012-06-22 00:00:00	2012-07-01 00:00:00	28297.5	2263.8	707.4375	2012-07-01 00:00:00
184	4	3	261	1548	2	2012-06-22 00:00:00	2012-07-01 00:00:00	59.9445	4.7956	1.4986	2012-07-01 00:00:00
185	4	4	251	1598	4	2012-06-22 00:00:00	2012-07-01 00:00:00	1055.565	84.4452	26.3891	2012-07-01 00:00:00
186	4	4	253	1658	5	2012-06-22 00:00:00	2012-07-01 00:00:00	43878.45	3510.276	1096.9613	2012-07-01 00:00:00
187	4	4	255	1536	4	2012-06-22 00:00:00	2012-07-01 00:00:00	747.81	59.8248	18.6953	2012-07-01 00:00:00
188	4	4	252	1568	1	2012-06-22 00:00:00	2012-07-01 00:00:00	20957.475	1676.598	523.9369	2012-07-01 00:00:00
189	4	4	259	1648	5	2012-06-22 00:00:00	2012-07-01 00:00:00	142.4115	11.3929	3.5603	2012-07-01 00:00:00
190	4	4	260	1646	2	2012-06-22 00:00:00	2012-07-01 00:00:00	48030.675	3842.454	1200.7669	2012-07-01 00:00:00
191	4	4	258	1672	4	2012-06-22 00:00:00	2012-07-01 00:00:00	28597.023	2287.7618	714.9256	2012-07-01 00:00:00
192	4	4	250	1600	1	2012-06-22 00:00:00	2012-07-01 00:00:00	1276.275	102.102	31.9069	2012-07-01 00:00:00
193	4	4	257	1522	1	2012-06-25 00:00:00	2012-07-04 00:00:00	2003.925	160.314	50.0981	2012-07-04 00:00:00
194	4	3	261	1570	2	2012-06-25 00:00:00	2012-07-04 00:00:00	28343.7	2267.496	708.5925	2012-07-04 00:00:00
195	4	4	251	1516	1	2012-06-25 00:00:00	2012-07-04 00:00:00	454.86	36.3888	11.3715	2012-07-04 00:00:00
196	4	4	253	1506	5	2012-06-25 00:00:00	2012-07-04 00:00:00	43878.45	3510.276	1096.9613	2012-07-04 00:00:00
197	4	4	255	1626	2	2012-06-25 00:00:00	2012-07-04 00:00:00	7132.125	570.57	178.3031	2012-07-04 00:00:00
198	4	4	256	1542	2	2012-06-25 00:00:00	2012-07-04 00:00:00	28343.7	2267.496	708.5925	2012-07-04 00:00:00
199	4	4	259	1610	4	2012-06-25 00:00:00	2012-07-04 00:00:00	22516.725	1801.338	562.9181	2012-07-04 00:00:00
200	4	4	260	1638	5	2012-06-25 00:00:00	2012-07-04 00:00:00	34644.225	2771.538	866.1056	2012-07-04 00:00:00
201	4	4	258	1582	5	2012-07-27 00:00:00	2012-08-05 00:00:00	532.917	42.6334	13.3229	2012-08-05 00:00:00
202	4	4	254	1510	5	2012-07-27 00:00:00	2012-08-05 00:00:00	143.0415	11.4433	3.576	2012-08-05 00:00:00
203	4	4	257	1526	2	2012-07-27 00:00:00	2012-08-05 00:00:00	28199.325	2255.946	704.9831	2012-08-05 00:00:00
204	4	3	261	1644	1	2012-07-27 00:00:00	2012-08-05 00:00:00	3713.325	297.066	92.8331	2012-08-05 00:00:00
205	4	4	251	1680	5	2012-07-27 00:00:00	2012-08-05 00:00:00	63831.075	5106.486	1595.7769	2012-08-05 00:00:00
206	4	4	253	1584	5	2012-07-27 00:00:00	2012-08-05 00:00:00	13361.04	1068.8832	334.026	2012-08-05 00:00:00
207	4	4	255	1620	5	2012-07-27 00:00:00	2012-08-05 00:00:00	5711.475	456.918	142.7869	2012-08-05 00:00:00
208	4	4	256	1666	4	2012-07-27 00:00:00	2012-08-05 00:00:00	627.4485	50.1959	15.6862	2012-08-05 00:00:00
209	4	4	259	1592	2	2012-07-31 00:00:00	2012-08-09 00:00:00	97.965	7.8372	2.4491	2012-08-09 00:00:00
210	4	4	250	1618	4	2012-07-31 00:00:00	2012-08-09 00:00:00	114.471	9.1577	2.8618	2012-08-09 00:00:00
211	4	4	258	1612	4	2012-07-31 00:00:00	2012-08-09 00:00:00	132.6465	10.6117	3.3162	2012-08-09 00:00:00
212	4	4	254	1586	5	2012-07-31 00:00:00	2012-08-09 00:00:00	43878.45	3510.276	1096.9613	2012-08-09 00:00:00
213	4	4	257	1500	1	2012-08-15 00:00:00	2012-08-24 00:00:00	418.95	33.516	10.4738	2012-08-24 00:00:00
214	4	3	261	1656	4	2012-08-15 00:00:00	2012-08-24 00:00:00	272.4435	21.7955	6.8111	2012-08-24 00:00:00
215	4	4	251	1572	1	2012-08-15 00:00:00	2012-08-24 00:00:00	461.79	36.9432	11.5448	2012-08-24 00:00:00
216	4	4	253	1562	5	2012-08-15 00:00:00	2012-08-24 00:00:00	544.7295	43.5784	13.6182	2012-08-24 00:00:00
217	4	4	255	1662	2	2012-08-15 00:00:00	2012-08-24 00:00:00	37.0755	2.966	0.9269	2012-08-24 00:00:00
218	4	4	256	1682	4	2012-08-15 00:00:00	2012-08-24 00:00:00	21558.075	1724.646	538.9519	2012-08-24 00:00:00
219	4	4	259	1686	4	2012-08-15 00:00:00	2012-08-24 00:00:00	612.108	48.9686	15.3027	2012-08-24 00:00:00
220	4	4	260	1684	5	2012-08-15 00:00:00	2012-08-24 00:00:00	65240.175	5219.214	1631.0044	2012-08-24 00:00:00
221	4	4	250	1534	5	2012-08-16 00:00:00	2012-08-25 00:00:00	534.807	42.7846	13.3702	2012-08-25 00:00:00
222	4	4	254	1614	5	2012-08-16 00:00:00	2012-08-25 00:00:00	273.0735	21.8459	6.8268	2012-08-25 00:00:00
223	4	4	257	1588	5	2012-08-16 00:00:00	2012-08-25 00:00:00	40471.2	3237.696	1011.78	2012-08-25 00:00:00
224	4	3	261	1622	5	2012-08-16 00:00:00	2012-08-25 00:00:00	278.523	22.2818	6.9631	2012-08-25 00:00:00
225	4	4	251	1632	5	2012-08-24 00:00:00	2012-09-02 00:00:00	62092.8	4967.424	1552.32	2012-09-02 00:00:00
226	4	4	253	1608	5	2012-08-24 00:00:00	2012-09-02 00:00:00	5948.25	475.86	148.7063	2012-09-02 00:00:00
227	5	4	255	1576	5	2012-08-24 00:00:00	2012-09-02 00:00:00	91117.95	7289.436	2277.9488	2012-09-02 00:00:00
228	4	4	256	1590	1	2012-08-24 00:00:00	2012-09-02 00:00:00	525	42	13.125	2012-09-02 00:00:00
229	4	4	259	1514	5	2012-08-24 00:00:00	2012-09-02 00:00:00	2003.6835	160.2947	50.0921	2012-09-02 00:00:00
230	4	4	260	1498	4	2012-08-24 00:00:00	2012-09-02 00:00:00	26455.275	2116.422	661.3819	2012-09-02 00:00:00
231	4	4	258	1674	2	2012-08-24 00:00:00	2012-09-02 00:00:00	944.37	75.5496	23.6093	2012-09-02 00:00:00
232	4	4	254	1652	4	2012-08-24 00:00:00	2012-09-02 00:00:00	44594.55	3567.564	1114.8638	2012-09-02 00:00:00
233	4	4	257	1578	5	2012-08-28 00:00:00	2012-09-06 00:00:00	26720.925	2137.674	668.0231	2012-09-06 00:00:00
234	4	3	261	1538	5	2012-08-28 00:00:00	2012-09-06 00:00:00	37843.575	3027.486	946.0894	2012-09-06 00:00:00
235	4	4	251	1556	4	2012-08-28 00:00:00	2012-09-06 00:00:00	25531.275	2042.502	638.2819	2012-09-06 00:00:00
236	4	4	253	1554	4	2012-08-28 00:00:00	2012-09-06 00:00:00	482.517	38.6014	12.0629	2012-09-06 00:00:00
237	4	4	255	1688	4	2012-09-05 00:00:00	2012-09-14 00:00:00	125.748	10.0598	3.1437	2012-09-14 00:00:00
238	4	4	256	1580	5	2012-09-05 00:00:00	2012-09-14 00:00:00	150.7905	12.0632	3.7698	2012-09-14 00:00:00
239	4	4	252	1496	4	2012-09-05 00:00:00	2012-09-14 00:00:00	602.028	48.1622	15.0507	2012-09-14 00:00:00
240	4	4	260	1494	2	2012-09-05 00:00:00	2012-09-14 00:00:00	8847.3	707.784	221.1825	2012-09-14 00:00:00
241	4	4	258	1650	5	2012-09-21 00:00:00	2012-09-30 00:00:00	171.0765	13.6861	4.2769	2012-09-30 00:00:00
242	4	4	254	1654	4	2012-09-21 00:00:00	2012-09-30 00:00:00	20397.3	1631.784	509.9325	2012-09-30 00:00:00
243	4	4	257	1664	3	2012-09-21 00:00:00	2012-09-30 00:00:00	14628.075	1170.246	365.7019	2012-09-30 00:00:00
244	4	3	261	1678	3	2012-09-21 00:00:00	2012-09-30 00:00:00	33350.625	2668.05	833.7656	2012-09-30 00:00:00
245	5	4	250	1616	4	2012-09-21 00:00:00	2012-09-30 00:00:00	475.6815	38.0545	11.892	2012-09-30 00:00:00
246	4	4	253	1492	5	2012-09-21 00:00:00	2012-09-30 00:00:00	564.1965	45.1357	14.1049	2012-09-30 00:00:00
247	4	4	255	1602	5	2012-09-21 00:00:00	2012-09-30 00:00:00	1796.0355	143.6828	44.9009	2012-09-30 00:00:00
248	5	4	256	1540	4	2012-09-21 00:00:00	2012-09-30 00:00:00	665.028	53.2022	16.6257	2012-09-30 00:00:00
249	4	4	259	1628	5	2012-09-21 00:00:00	2012-09-30 00:00:00	34644.225	2771.538	866.1056	2012-09-30 00:00:00
250	4	4	260	1604	4	2012-09-21 00:00:00	2012-09-30 00:00:00	1839.5055	147.1604	45.9876	2012-09-30 00:00:00
251	4	4	258	1690	5	2012-09-21 00:00:00	2012-09-30 00:00:00	146.286	11.7029	3.6572	2012-09-30 00:00:00
252	4	4	254	1566	5	2012-09-21 00:00:00	2012-09-30 00:00:00	102.564	8.2051	2.5641	2012-09-30 00:00:00
253	4	4	252	1698	5	2012-09-21 00:00:00	2012-09-30 00:00:00	150.7905	12.0632	3.7698	2012-09-30 00:00:00
254	5	3	261	1560	5	2012-09-21 00:00:00	2012-09-30 00:00:00	13669.425	1093.554	341.7356	2012-09-30 00:00:00
255	4	4	251	1692	5	2012-09-21 00:00:00	2012-09-30 00:00:00	2934.54	234.7632	73.3635	2012-09-30 00:00:00
256	4	4	253	1696	2	2012-09-21 00:00:00	2012-09-30 00:00:00	50860.425	4068.834	1271.5106	2012-09-30 00:00:00
257	4	4	255	1504	1	2012-10-02 00:00:00	2012-10-11 00:00:00	551.88	44.1504	13.797	2012-10-11 00:00:00
258	4	4	256	1544	1	2012-10-02 00:00:00	2012-10-11 00:00:00	6987.75	559.02	174.6938	2012-10-11 00:00:00
259	4	4	259	1530	2	2012-10-02 00:00:00	2012-10-11 00:00:00	28072.275	2245.782	701.8069	2012-10-11 00:00:00
260	4	4	260	1508	1	2012-10-02 00:00:00	2012-10-11 00:00:00	37312.275	2984.982	932.8069	2012-10-11 00:00:00
261	4	4	258	1694	1	2012-10-11 00:00:00	2012-10-20 00:00:00	3407.25	272.58	85.1813	2012-10-20 00:00:00
262	7	4	254	1624	2	2012-10-11 00:00:00	2012-10-20 00:00:00	28297.5	2263.8	707.4375	2012-10-20 00:00:00
263	4	4	257	1548	2	2012-10-11 00:00:00	2012-10-20 00:00:00	59.9445	4.7956	1.4986	2012-10-20 00:00:00
264	4	3	261	1598	4	2012-10-11 00:00:00	2012-10-20 00:00:00	240.723	19.2578	6.0181	2012-10-20 00:00:00
265	4	4	251	1658	5	2012-10-17 00:00:00	2012-10-26 00:00:00	43878.45	3510.276	1096.9613	2012-10-26 00:00:00
266	4	4	253	1536	4	2012-10-17 00:00:00	2012-10-26 00:00:00	475.209	38.0167	11.8802	2012-10-26 00:00:00
267	4	4	255	1568	5	2012-10-17 00:00:00	2012-10-26 00:00:00	5757.675	460.614	143.9419	2012-10-26 00:00:00
268	4	4	256	1648	5	2012-10-17 00:00:00	2012-10-26 00:00:00	142.4115	11.3929	3.5603	2012-10-26 00:00:00
269	4	4	259	1646	2	2012-10-17 00:00:00	2012-10-26 00:00:00	48030.675	3842.454	1200.7669	2012-10-26 00:00:00
270	4	4	260	1672	4	2012-10-17 00:00:00	2012-10-26 00:00:00	22516.725	1801.338	562.9181	2012-10-26 00:00:00
271	5	4	258	1600	1	2012-10-17 00:00:00	2012-10-26 00:00:00	1276.275	102.102	31.9069	2012-10-26 00:00:00
272	4	4	254	1522	1	2012-10-17 00:00:00	2012-10-26 00:00:00	2003.925	160.314	50.0981	2012-10-26 00:00:00
273	4	4	257	1570	4	2012-10-17 00:00:00	2012-10-26 00:00:00	22516.725	1801.338	562.9181	2012-10-26 00:00:00
274	4	3	261	1516	1	2012-10-17 00:00:00	2012-10-26 00:00:00	454.86	36.3888	11.3715	2012-10-26 00:00:00
275	4	4	251	1506	5	2012-10-17 00:00:00	2012-10-26 00:00:00	43878.45	3510.276	1096.9613	2012-10-26 00:00:00
276	4	4	253	1626	2	2012-10-17 00:00:00	2012-10-26 00:00:00	7132.125	570.57	178.3031	2012-10-26 00:00:00
277	6	4	252	1542	2	2012-10-17 00:00:00	2012-10-26 00:00:00	28343.7	2267.496	708.5925	2012-10-26 00:00:00
278	4	4	256	1610	4	2012-10-17 00:00:00	2012-10-26 00:00:00	22516.725	1801.338	562.9181	2012-10-26 00:00:00
279	4	4	259	1638	5	2012-10-17 00:00:00	2012-10-26 00:00:00	34644.225	2771.538	866.1056	2012-10-26 00:00:00
280	4	4	260	1582	4	2012-10-17 00:00:00	2012-10-26 00:00:00	371.2275	29.6982	9.2807	2012-10-26 00:00:00
281	4	4	258	1510	5	2013-02-08 00:00:00	2013-02-17 00:00:00	143.0415	11.4433	3.576	2013-02-17 00:00:00
282	4	4	254	1526	2	2013-02-08 00:00:00	2013-02-17 00:00:00	28199.325	2255.946	704.9831	2013-02-17 00:00:00
283	4	4	257	1644	1	2013-02-08 00:00:00	2013-02-17 00:00:00	3713.325	297.066	92.8331	2013-02-17 00:00:00
284	5	3	261	1680	5	2013-02-08 00:00:00	2013-02-17 00:00:00	43878.45	3510.276	1096.9613	2013-02-17 00:00:00
285	4	4	251	1584	5	2013-02-08 00:00:00	2013-02-17 00:00:00	2979.27	238.3416	74.4818	2013-02-17 00:00:00
286	4	4	253	1620	5	2013-02-08 00:00:00	2013-02-17 00:00:00	5711.475	456.918	142.7869	2013-02-17 00:00:00
287	4	4	255	1666	4	2013-02-08 00:00:00	2013-02-17 00:00:00	347.445	27.7956	8.6861	2013-02-17 00:00:00
288	4	4	252	1592	2	2013-02-08 00:00:00	2013-02-17 00:00:00	97.965	7.8372	2.4491	2013-02-17 00:00:00
289	4	4	259	1618	4	2013-02-13 00:00:00	2013-02-22 00:00:00	114.471	9.1577	2.8618	2013-02-22 00:00:00
290	5	4	260	1612	4	2013-02-13 00:00:00	2013-02-22 00:00:00	132.6465	10.6117	3.3162	2013-02-22 00:00:00
291	4	4	258	1586	5	2013-02-13 00:00:00	2013-02-22 00:00:00	43878.45	3510.276	1096.9613	2013-02-22 00:00:00
292	4	4	250	1500	1	2013-02-13 00:00:00	2013-02-22 00:00:00	418.95	33.516	10.4738	2013-02-22 00:00:00
293	4	4	257	1656	4	2013-02-13 00:00:00	2013-02-22 00:00:00	389.655	31.1724	9.7414	2013-02-22 00:00:00
294	4	3	261	1572	1	2013-02-13 00:00:00	2013-02-22 00:00:00	461.79	36.9432	11.5448	2013-02-22 00:00:00
295	4	4	251	1562	4	2013-02-13 00:00:00	2013-02-22 00:00:00	982.4535	78.5963	24.5613	2013-02-22 00:00:00
296	4	4	253	1662	2	2013-02-13 00:00:00	2013-02-22 00:00:00	37.0755	2.966	0.9269	2013-02-22 00:00:00
297	5	4	255	1682	4	2013-04-05 00:00:00	2013-04-14 00:00:00	21558.075	1724.646	538.9519	2013-04-14 00:00:00
298	4	4	256	1686	5	2013-04-05 00:00:00	2013-04-14 00:00:00	688.8735	55.1099	17.2218	2013-04-14 00:00:00
299	4	4	259	1684	4	2013-04-05 00:00:00	2013-04-14 00:00:00	20980.575	1678.446	524.5144	2013-04-14 00:00:00
300	4	4	260	1534	4	2013-04-05 00:00:00	2013-04-14 00:00:00	372.645	29.8116	9.3161	2013-04-14 00:00:00
301	4	4	258	1614	4	2013-04-12 00:00:00	2013-04-21 00:00:00	260.4735	20.8379	6.5118	2013-04-21 00:00:00
302	4	4	254	1588	5	2013-04-12 00:00:00	2013-04-21 00:00:00	40471.2	3237.696	1011.78	2013-04-21 00:00:00
303	5	4	257	1622	5	2013-04-12 00:00:00	2013-04-21 00:00:00	414.855	33.1884	10.3714	2013-04-21 00:00:00
304	4	3	261	1632	5	2013-04-12 00:00:00	2013-04-21 00:00:00	38421.075	3073.686	960.5269	2013-04-21 00:00:00
305	4	4	251	1608	5	2013-04-24 00:00:00	2013-05-03 00:00:00	5948.25	475.86	148.7063	2013-05-03 00:00:00
306	4	4	253	1576	5	2013-04-24 00:00:00	2013-05-03 00:00:00	91117.95	7289.436	2277.9488	2013-05-03 00:00:00
307	4	4	255	1590	1	2013-04-24 00:00:00	2013-05-03 00:00:00	525	42	13.125	2013-05-03 00:00:00
308	4	4	256	1514	5	2013-04-24 00:00:00	2013-05-03 00:00:00	2003.6835	160.2947	50.0921	2013-05-03 00:00:00
309	4	4	259	1498	4	2013-04-24 00:00:00	2013-05-03 00:00:00	26455.275	2116.422	661.3819	2013-05-03 00:00:00
310	4	4	250	1674	2	2013-04-24 00:00:00	2013-05-03 00:00:00	944.37	75.5496	23.6093	2013-05-03 00:00:00
311	4	4	258	1652	1	2013-04-24 00:00:00	2013-05-03 00:00:00	6993.525	559.482	174.8381	2013-05-03 00:00:00
312	4	4	254	1578	3	2013-04-24 00:00:00	2013-05-03 00:00:00	36122.625	2889.81	903.0656	2013-05-03 00:00:00
313	4	4	257	1538	5	2013-04-24 00:00:00	2013-05-03 00:00:00	37843.575	3027.486	946.0894	2013-05-03 00:00:00
314	4	3	261	1556	4	2013-04-24 00:00:00	2013-05-03 00:00:00	25531.275	2042.502	638.2819	2013-05-03 00:00:00
315	4	4	251	1554	4	2013-04-24 00:00:00	2013-05-03 00:00:00	111.069	8.8855	2.7767	2013-05-03 00:00:00
316	4	4	253	1688	4	2013-04-24 00:00:00	2013-05-03 00:00:00	125.748	10.0598	3.1437	2013-05-03 00:00:00
317	4	4	255	1580	5	2013-04-24 00:00:00	2013-05-03 00:00:00	150.7905	12.0632	3.7698	2013-05-03 00:00:00
318	4	4	256	1496	4	2013-04-24 00:00:00	2013-05-03 00:00:00	235.9035	18.8723	5.8976	2013-05-03 00:00:00
319	4	4	259	1494	2	2013-04-24 00:00:00	2013-05-03 00:00:00	8847.3	707.784	221.1825	2013-05-03 00:00:00
320	4	4	260	1650	5	2013-04-24 00:00:00	2013-05-03 00:00:00	171.0765	13.6861	4.2769	2013-05-03 00:00:00
321	4	4	250	1654	4	2013-04-25 00:00:00	2013-05-04 00:00:00	20397.3	1631.784	509.9325	2013-05-04 00:00:00
322	7	4	254	1664	3	2013-04-25 00:00:00	2013-05-04 00:00:00	14628.075	1170.246	365.7019	2013-05-04 00:00:00
323	4	4	257	1678	4	2013-04-25 00:00:00	2013-05-04 00:00:00	25334.925	2026.794	633.3731	2013-05-04 00:00:00
324	5	3	261	1616	5	2013-04-25 00:00:00	2013-05-04 00:00:00	278.523	22.2818	6.9631	2013-05-04 00:00:00
325	4	4	251	1492	4	2013-04-25 00:00:00	2013-05-04 00:00:00	1497.51	119.8008	37.4378	2013-05-04 00:00:00
326	4	4	253	1602	5	2013-04-25 00:00:00	2013-05-04 00:00:00	1796.0355	143.6828	44.9009	2013-05-04 00:00:00
327	4	4	255	1540	4	2013-04-25 00:00:00	2013-05-04 00:00:00	738.99	59.1192	18.4748	2013-05-04 00:00:00
328	6	4	256	1628	5	2013-04-25 00:00:00	2013-05-04 00:00:00	34644.225	2771.538	866.1056	2013-05-04 00:00:00
329	4	4	259	1604	4	2013-04-25 00:00:00	2013-05-04 00:00:00	1839.5055	147.1604	45.9876	2013-05-04 00:00:00
330	5	4	260	1690	5	2013-04-25 00:00:00	2013-05-04 00:00:00	146.286	11.7029	3.6572	2013-05-04 00:00:00
331	4	4	258	1566	5	2013-04-25 00:00:00	2013-05-04 00:00:00	102.564	8.2051	2.5641	2013-05-04 00:00:00
332	4	4	254	1698	5	2013-04-25 00:00:00	2013-05-04 00:00:00	150.7905	12.0632	3.7698	2013-05-04 00:00:00
333	4	4	257	1560	5	2013-04-25 00:00:00	2013-05-04 00:00:00	13669.425	1093.554	341.7356	2013-05-04 00:00:00
334	4	3	261	1692	5	2013-04-25 00:00:00	2013-05-04 00:00:00	6444.9	515.592	161.1225	2013-05-04 00:00:00
335	6	4	251	1696	2	2013-04-25 00:00:00	2013-05-04 00:00:00	152581.275	12206.502	3814.5319	2013-05-04 00:00:00
336	5	4	253	1504	1	2013-04-25 00:00:00	2013-05-04 00:00:00	551.88	44.1504	13.797	2013-05-04 00:00:00
337	4	4	255	1544	1	2013-05-09 00:00:00	2013-05-18 00:00:00	6987.75	559.02	174.6938	2013-05-18 00:00:00
338	4	4	256	1530	2	2013-05-09 00:00:00	2013-05-18 00:00:00	28072.275	2245.782	701.8069	2013-05-18 00:00:00
339	4	4	252	1508	1	2013-05-09 00:00:00	2013-05-18 00:00:00	37312.275	2984.982	932.8069	2013-05-18 00:00:00
340	4	4	260	1694	1	2013-05-09 00:00:00	2013-05-18 00:00:00	7623	609.84	190.575	2013-05-18 00:00:00
341	4	4	258	1624	2	2013-05-09 00:00:00	2013-05-18 00:00:00	28297.5	2263.8	707.4375	2013-05-18 00:00:00
342	4	4	254	1548	2	2013-05-09 00:00:00	2013-05-18 00:00:00	59.9445	4.7956	1.4986	2013-05-18 00:00:00
343	4	4	257	1598	4	2013-05-09 00:00:00	2013-05-18 00:00:00	358.155	28.6524	8.9539	2013-05-18 00:00:00
344	4	3	261	1658	5	2013-05-09 00:00:00	2013-05-18 00:00:00	43878.45	3510.276	1096.9613	2013-05-18 00:00:00
345	4	4	250	1536	5	2013-05-14 00:00:00	2013-05-23 00:00:00	414.918	33.1934	10.373	2013-05-23 00:00:00
346	4	4	253	1568	2	2013-05-14 00:00:00	2013-05-23 00:00:00	29989.575	2399.166	749.7394	2013-05-23 00:00:00
347	4	4	255	1648	5	2013-05-14 00:00:00	2013-05-23 00:00:00	142.4115	11.3929	3.5603	2013-05-23 00:00:00
348	4	4	256	1646	2	2013-05-14 00:00:00	2013-05-23 00:00:00	48030.675	3842.454	1200.7669	2013-05-23 00:00:00
349	4	4	259	1672	4	2013-05-22 00:00:00	2013-05-31 00:00:00	693.5985	55.4879	17.34	2013-05-31 00:00:00
350	4	4	260	1600	1	2013-05-22 00:00:00	2013-05-31 00:00:00	1276.275	102.102	31.9069	2013-05-31 00:00:00
351	4	4	258	1522	1	2013-05-22 00:00:00	2013-05-31 00:00:00	2003.925	160.314	50.0981	2013-05-31 00:00:00
352	4	4	254	1570	2	2013-05-22 00:00:00	2013-05-31 00:00:00	28343.7	2267.496	708.5925	2013-05-31 00:00:00
353	4	4	252	1516	1	2013-05-22 00:00:00	2013-05-31 00:00:00	454.86	36.3888	11.3715	2013-05-31 00:00:00
354	4	3	261	1506	5	2013-05-22 00:00:00	2013-05-31 00:00:00	43878.45	3510.276	1096.9613	2013-05-31 00:00:00
355	4	4	251	1626	2	2013-05-22 00:00:00	2013-05-31 00:00:00	7132.125	570.57	178.3031	2013-05-31 00:00:00
356	4	4	253	1542	2	2013-05-22 00:00:00	2013-05-31 00:00:00	28343.7	2267.496	708.5925	2013-05-31 00:00:00
357	4	4	255	1610	4	2013-05-22 00:00:00	2013-05-31 00:00:00	22516.725	1801.338	562.9181	2013-05-31 00:00:00
358	4	4	256	1638	5	2013-05-22 00:00:00	2013-05-31 00:00:00	34644.225	2771.538	866.1056	2013-05-31 00:00:00
359	4	4	259	1582	4	2013-05-22 00:00:00	2013-05-31 00:00:00	117.369	9.3895	2.9342	2013-05-31 00:00:00
360	4	4	260	1510	5	2013-05-22 00:00:00	2013-05-31 00:00:00	143.0415	11.4433	3.576	2013-05-31 00:00:00
361	4	4	258	1526	2	2013-05-22 00:00:00	2013-05-31 00:00:00	28199.325	2255.946	704.9831	2013-05-31 00:00:00
362	4	4	254	1644	1	2013-05-22 00:00:00	2013-05-31 00:00:00	3713.325	297.066	92.8331	2013-05-31 00:00:00
363	4	4	257	1680	4	2013-05-22 00:00:00	2013-05-31 00:00:00	19952.625	1596.21	498.8156	2013-05-31 00:00:00
364	4	3	261	1584	5	2013-05-22 00:00:00	2013-05-31 00:00:00	6540.66	523.2528	163.5165	2013-05-31 00:00:00
365	4	4	251	1620	5	2013-05-23 00:00:00	2013-06-01 00:00:00	5711.475	456.918	142.7869	2013-06-01 00:00:00
366	4	4	253	1666	5	2013-05-23 00:00:00	2013-06-01 00:00:00	566.0865	45.2869	14.1522	2013-06-01 00:00:00
367	4	4	255	1592	2	2013-05-23 00:00:00	2013-06-01 00:00:00	97.965	7.8372	2.4491	2013-06-01 00:00:00
368	4	4	256	1618	4	2013-05-23 00:00:00	2013-06-01 00:00:00	114.471	9.1577	2.8618	2013-06-01 00:00:00
369	4	4	259	1612	4	2013-05-23 00:00:00	2013-06-01 00:00:00	132.6465	10.6117	3.3162	2013-06-01 00:00:00
370	4	4	260	1586	5	2013-05-23 00:00:00	2013-06-01 00:00:00	43878.45	3510.276	1096.9613	2013-06-01 00:00:00
371	4	4	258	1500	1	2013-05-23 00:00:00	2013-06-01 00:00:00	418.95	33.516	10.4738	2013-06-01 00:00:00
372	4	4	254	1656	4	2013-05-23 00:00:00	2013-06-01 00:00:00	240.723	19.2578	6.0181	2013-06-01 00:00:00
373	4	4	257	1572	1	2013-05-23 00:00:00	2013-06-01 00:00:00	461.79	36.9432	11.5448	2013-06-01 00:00:00
374	4	3	261	1562	4	2013-05-23 00:00:00	2013-06-01 00:00:00	253.323	20.2658	6.3331	2013-06-01 00:00:00
375	4	4	251	1662	2	2013-05-23 00:00:00	2013-06-01 00:00:00	37.0755	2.966	0.9269	2013-06-01 00:00:00
376	4	4	253	1682	4	2013-05-23 00:00:00	2013-06-01 00:00:00	21558.075	1724.646	538.9519	2013-06-01 00:00:00
377	5	4	252	1686	4	2013-05-23 00:00:00	2013-06-01 00:00:00	260.4735	20.8379	6.5118	2013-06-01 00:00:00
378	4	4	256	1684	5	2013-05-23 00:00:00	2013-06-01 00:00:00	86220.75	6897.66	2155.5188	2013-06-01 00:00:00
379	4	4	259	1534	4	2013-05-23 00:00:00	2013-06-01 00:00:00	465.2865	37.2229	11.6322	2013-06-01 00:00:00
380	4	4	260	1614	5	2013-05-23 00:00:00	2013-06-01 00:00:00	428.4	34.272	10.71	2013-06-01 00:00:00
381	4	4	258	1588	5	2013-05-29 00:00:00	2013-06-07 00:00:00	40471.2	3237.696	1011.78	2013-06-07 00:00:00
382	4	4	254	1622	5	2013-05-29 00:00:00	2013-06-07 00:00:00	272.4435	21.7955	6.8111	2013-06-07 00:00:00
383	4	4	257	1632	4	2013-05-29 00:00:00	2013-06-07 00:00:00	23671.725	1893.738	591.7931	2013-06-07 00:00:00
384	4	3	261	1608	5	2013-05-29 00:00:00	2013-06-07 00:00:00	5948.25	475.86	148.7063	2013-06-07 00:00:00
385	4	4	251	1576	5	2013-05-29 00:00:00	2013-06-07 00:00:00	91117.95	7289.436	2277.9488	2013-06-07 00:00:00
386	4	4	253	1590	1	2013-05-29 00:00:00	2013-06-07 00:00:00	525	42	13.125	2013-06-07 00:00:00
387	4	4	255	1514	5	2013-05-29 00:00:00	2013-06-07 00:00:00	2003.6835	160.2947	50.0921	2013-06-07 00:00:00
388	4	4	252	1498	4	2013-05-29 00:00:00	2013-06-07 00:00:00	26455.275	2116.422	661.3819	2013-06-07 00:00:00
389	4	4	259	1674	2	2013-05-29 00:00:00	2013-06-07 00:00:00	944.37	75.5496	23.6093	2013-06-07 00:00:00
390	4	4	260	1652	4	2013-05-29 00:00:00	2013-06-07 00:00:00	48186.6	3854.928	1204.665	2013-06-07 00:00:00
391	4	4	258	1578	5	2013-05-29 00:00:00	2013-06-07 00:00:00	26720.925	2137.674	668.0231	2013-06-07 00:00:00
392	4	4	250	1538	5	2013-05-29 00:00:00	2013-06-07 00:00:00	37843.575	3027.486	946.0894	2013-06-07 00:00:00
393	4	4	257	1556	4	2013-06-11 00:00:00	2013-06-20 00:00:00	25531.275	2042.502	638.2819	2013-06-20 00:00:00
394	4	3	261	1554	5	2013-06-11 00:00:00	2013-06-20 00:00:00	278.838	22.307	6.971	2013-06-20 00:00:00
395	4	4	251	1688	4	2013-06-11 00:00:00	2013-06-20 00:00:00	125.748	10.0598	3.1437	2013-06-20 00:00:00
396	4	4	253	1580	5	2013-06-11 00:00:00	2013-06-20 00:00:00	150.7905	12.0632	3.7698	2013-06-20 00:00:00
397	4	4	255	1496	5	2013-06-25 00:00:00	2013-07-04 00:00:00	839.79	67.1832	20.9948	2013-07-04 00:00:00
398	4	4	256	1494	2	2013-06-25 00:00:00	2013-07-04 00:00:00	8847.3	707.784	221.1825	2013-07-04 00:00:00
399	4	4	259	1650	5	2013-06-25 00:00:00	2013-07-04 00:00:00	171.0765	13.6861	4.2769	2013-07-04 00:00:00
400	4	4	260	1654	4	2013-06-25 00:00:00	2013-07-04 00:00:00	20397.3	1631.784	509.9325	2013-07-04 00:00:00
401	4	4	258	1664	3	2013-06-25 00:00:00	2013-07-04 00:00:00	14628.075	1170.246	365.7019	2013-07-04 00:00:00
402	6	4	254	1678	3	2013-06-25 00:00:00	2013-07-04 00:00:00	33350.625	2668.05	833.7656	2013-07-04 00:00:00
403	4	4	257	1616	5	2013-06-25 00:00:00	2013-07-04 00:00:00	414.855	33.1884	10.3714	2013-07-04 00:00:00
404	4	3	261	1492	5	2013-06-25 00:00:00	2013-07-04 00:00:00	278.838	22.307	6.971	2013-07-04 00:00:00
405	4	4	251	1602	5	2013-07-12 00:00:00	2013-07-21 00:00:00	1796.0355	143.6828	44.9009	2013-07-21 00:00:00
406	4	4	253	1540	4	2013-07-12 00:00:00	2013-07-21 00:00:00	124.362	9.949	3.1091	2013-07-21 00:00:00
407	4	4	255	1628	5	2013-07-12 00:00:00	2013-07-21 00:00:00	34644.225	2771.538	866.1056	2013-07-21 00:00:00
408	4	4	256	1604	4	2013-07-12 00:00:00	2013-07-21 00:00:00	1839.5055	147.1604	45.9876	2013-07-21 00:00:00
409	4	4	259	1690	5	2013-07-22 00:00:00	2013-07-31 00:00:00	146.286	11.7029	3.6572	2013-07-31 00:00:00
410	4	4	250	1566	5	2013-07-22 00:00:00	2013-07-31 00:00:00	102.564	8.2051	2.5641	2013-07-31 00:00:00
411	4	4	258	1698	5	2013-07-22 00:00:00	2013-07-31 00:00:00	150.7905	12.0632	3.7698	2013-07-31 00:00:00
412	4	4	254	1560	5	2013-07-22 00:00:00	2013-07-31 00:00:00	13669.425	1093.554	341.7356	2013-07-31 00:00:00
413	4	4	257	1692	5	2013-07-30 00:00:00	2013-08-08 00:00:00	9948.33	795.8664	248.7083	2013-08-08 00:00:00
414	6	3	261	1696	2	2013-07-30 00:00:00	2013-08-08 00:00:00	28343.7	2267.496	708.5925	2013-08-08 00:00:00
415	4	4	251	1504	1	2013-07-30 00:00:00	2013-08-08 00:00:00	551.88	44.1504	13.797	2013-08-08 00:00:00
416	4	4	253	1544	1	2013-07-30 00:00:00	2013-08-08 00:00:00	6987.75	559.02	174.6938	2013-08-08 00:00:00
417	4	4	259	1514	5	2013-08-04 00:00:00	2013-08-13 00:00:00	2003.6835	160.2947	50.0921	2013-08-13 00:00:00
418	4	4	260	1498	4	2013-08-04 00:00:00	2013-08-13 00:00:00	26455.275	2116.422	661.3819	2013-08-13 00:00:00
419	4	4	258	1674	2	2013-08-04 00:00:00	2013-08-13 00:00:00	944.37	75.5496	23.6093	2013-08-13 00:00:00
420	4	4	250	1652	1	2013-08-04 00:00:00	2013-08-13 00:00:00	3401.475	272.118	85.0369	2013-08-13 00:00:00
421	4	4	257	1578	3	2013-08-04 00:00:00	2013-08-13 00:00:00	62843.55	5027.484	1571.0888	2013-08-13 00:00:00
422	4	4	261	1538	5	2013-08-04 00:00:00	2013-08-13 00:00:00	37843.575	3027.486	946.0894	2013-08-13 00:00:00
423	4	4	251	1556	4	2013-08-04 00:00:00	2013-08-13 00:00:00	25531.275	2042.502	638.2819	2013-08-13 00:00:00
424	4	4	253	1554	5	2013-08-04 00:00:00	2013-08-13 00:00:00	285.3585	22.8287	7.134	2013-08-13 00:00:00
425	4	4	255	1688	4	2013-08-04 00:00:00	2013-08-13 00:00:00	125.748	10.0598	3.1437	2013-08-13 00:00:00
426	4	4	256	1580	5	2013-08-04 00:00:00	2013-08-13 00:00:00	150.7905	12.0632	3.7698	2013-08-13 00:00:00
427	4	4	259	1496	4	2013-08-04 00:00:00	2013-08-13 00:00:00	764.19	61.1352	19.1048	2013-08-13 00:00:00
428	4	4	260	1494	2	2013-08-04 00:00:00	2013-08-13 00:00:00	8847.3	707.784	221.1825	2013-08-13 00:00:00
429	4	4	258	1650	5	2013-08-04 00:00:00	2013-08-13 00:00:00	171.0765	13.6861	4.2769	2013-08-13 00:00:00
430	4	4	254	1654	4	2013-08-04 00:00:00	2013-08-13 00:00:00	20397.3	1631.784	509.9325	2013-08-13 00:00:00
431	4	4	257	1664	3	2013-08-04 00:00:00	2013-08-13 00:00:00	14628.075	1170.246	365.7019	2013-08-13 00:00:00
432	4	4	261	1678	4	2013-08-04 00:00:00	2013-08-13 00:00:00	25334.925	2026.794	633.3731	2013-08-13 00:00:00
433	5	4	251	1616	5	2013-08-05 00:00:00	2013-08-14 00:00:00	395.955	31.6764	9.8989	2013-08-14 00:00:00
434	4	4	253	1492	5	2013-08-05 00:00:00	2013-08-14 00:00:00	285.3585	22.8287	7.134	2013-08-14 00:00:00
435	4	4	255	1602	5	2013-08-05 00:00:00	2013-08-14 00:00:00	1796.0355	143.6828	44.9009	2013-08-14 00:00:00
436	4	4	256	1540	4	2013-08-05 00:00:00	2013-08-14 00:00:00	501.1965	40.0957	12.5299	2013-08-14 00:00:00
437	4	4	259	1628	5	2013-08-05 00:00:00	2013-08-14 00:00:00	34644.225	2771.538	866.1056	2013-08-14 00:00:00
438	4	4	250	1604	4	2013-08-05 00:00:00	2013-08-14 00:00:00	1839.5055	147.1604	45.9876	2013-08-14 00:00:00
439	4	4	258	1690	5	2013-08-05 00:00:00	2013-08-14 00:00:00	146.286	11.7029	3.6572	2013-08-14 00:00:00
440	4	4	254	1566	5	2013-08-05 00:00:00	2013-08-14 00:00:00	102.564	8.2051	2.5641	2013-08-14 00:00:00
441	4	4	257	1698	5	2013-08-05 00:00:00	2013-08-14 00:00:00	150.7905	12.0632	3.7698	2013-08-14 00:00:00
442	4	4	261	1560	5	2013-08-05 00:00:00	2013-08-14 00:00:00	13669.425	1093.554	341.7356	2013-08-14 00:00:00
443	4	4	251	1692	5	2013-08-05 00:00:00	2013-08-14 00:00:00	9637.11	770.9688	240.9278	2013-08-14 00:00:00
444	4	4	253	1696	4	2013-08-05 00:00:00	2013-08-14 00:00:00	34118.7	2729.496	852.9675	2013-08-14 00:00:00
445	4	4	255	1504	1	2013-08-05 00:00:00	2013-08-14 00:00:00	551.88	44.1504	13.797	2013-08-14 00:00:00
446	4	4	256	1544	1	2013-08-05 00:00:00	2013-08-14 00:00:00	6987.75	559.02	174.6938	2013-08-14 00:00:00
447	4	4	259	1530	2	2013-08-05 00:00:00	2013-08-14 00:00:00	28072.275	2245.782	701.8069	2013-08-14 00:00:00
448	4	4	260	1508	1	2013-08-05 00:00:00	2013-08-14 00:00:00	37312.275	2984.982	932.8069	2013-08-14 00:00:00
449	4	4	250	1694	1	2013-08-06 00:00:00	2013-08-15 00:00:00	7623	609.84	190.575	2013-08-15 00:00:00
450	4	4	254	1624	2	2013-08-06 00:00:00	2013-08-15 00:00:00	28297.5	2263.8	707.4375	2013-08-15 00:00:00
451	4	4	257	1548	2	2013-08-06 00:00:00	2013-08-15 00:00:00	59.9445	4.7956	1.4986	2013-08-15 00:00:00
452	4	4	261	1598	4	2013-08-06 00:00:00	2013-08-15 00:00:00	234.6435	18.7715	5.8661	2013-08-15 00:00:00
453	4	4	251	1658	5	2013-08-06 00:00:00	2013-08-15 00:00:00	43878.45	3510.276	1096.9613	2013-08-15 00:00:00
454	4	4	253	1536	4	2013-08-06 00:00:00	2013-08-15 00:00:00	247.2435	19.7795	6.1811	2013-08-15 00:00:00
455	4	4	255	1568	2	2013-08-06 00:00:00	2013-08-15 00:00:00	49376.25	3950.1	1234.4063	2013-08-15 00:00:00
456	8	4	256	1648	5	2013-08-06 00:00:00	2013-08-15 00:00:00	142.4115	11.3929	3.5603	2013-08-15 00:00:00
457	4	4	259	1646	2	2013-08-06 00:00:00	2013-08-15 00:00:00	48030.675	3842.454	1200.7669	2013-08-15 00:00:00
458	4	4	260	1672	4	2013-08-06 00:00:00	2013-08-15 00:00:00	51113.748	4089.0998	1277.8437	2013-08-15 00:00:00
459	4	4	258	1600	1	2013-08-06 00:00:00	2013-08-15 00:00:00	1276.275	102.102	31.9069	2013-08-15 00:00:00
460	4	4	254	1522	1	2013-08-06 00:00:00	2013-08-15 00:00:00	2003.925	160.314	50.0981	2013-08-15 00:00:00
461	4	4	257	1570	4	2013-08-06 00:00:00	2013-08-15 00:00:00	22516.725	1801.338	562.9181	2013-08-15 00:00:00
462	4	4	261	1516	1	2013-08-06 00:00:00	2013-08-15 00:00:00	454.86	36.3888	11.3715	2013-08-15 00:00:00
463	4	4	251	1506	5	2013-08-06 00:00:00	2013-08-15 00:00:00	43878.45	3510.276	1096.9613	2013-08-15 00:00:00
464	4	4	253	1626	2	2013-08-06 00:00:00	2013-08-15 00:00:00	7132.125	570.57	178.3031	2013-08-15 00:00:00
465	4	4	255	1542	2	2013-08-07 00:00:00	2013-08-16 00:00:00	28343.7	2267.496	708.5925	2013-08-16 00:00:00
466	4	4	256	1610	4	2013-08-07 00:00:00	2013-08-16 00:00:00	22516.725	1801.338	562.9181	2013-08-16 00:00:00
467	4	4	252	1638	5	2013-08-07 00:00:00	2013-08-16 00:00:00	34644.225	2771.538	866.1056	2013-08-16 00:00:00
468	4	4	260	1582	5	2013-08-07 00:00:00	2013-08-16 00:00:00	694.1655	55.5332	17.3541	2013-08-16 00:00:00
469	4	4	258	1510	5	2013-08-07 00:00:00	2013-08-16 00:00:00	143.0415	11.4433	3.576	2013-08-16 00:00:00
470	4	4	254	1526	2	2013-08-07 00:00:00	2013-08-16 00:00:00	28199.325	2255.946	704.9831	2013-08-16 00:00:00
471	4	4	257	1644	1	2013-08-07 00:00:00	2013-08-16 00:00:00	3713.325	297.066	92.8331	2013-08-16 00:00:00
472	4	4	261	1680	5	2013-08-07 00:00:00	2013-08-16 00:00:00	43878.45	3510.276	1096.9613	2013-08-16 00:00:00
473	4	4	250	1584	5	2013-08-07 00:00:00	2013-08-16 00:00:00	9799.65	783.972	244.9913	2013-08-16 00:00:00
474	4	4	253	1620	5	2013-08-07 00:00:00	2013-08-16 00:00:00	5711.475	456.918	142.7869	2013-08-16 00:00:00
475	4	4	255	1666	4	2013-08-07 00:00:00	2013-08-16 00:00:00	1503.18	120.2544	37.5795	2013-08-16 00:00:00
476	4	4	256	1592	2	2013-08-07 00:00:00	2013-08-16 00:00:00	97.965	7.8372	2.4491	2013-08-16 00:00:00
477	4	4	259	1618	4	2013-08-07 00:00:00	2013-08-16 00:00:00	114.471	9.1577	2.8618	2013-08-16 00:00:00
478	4	4	260	1612	4	2013-08-07 00:00:00	2013-08-16 00:00:00	132.6465	10.6117	3.3162	2013-08-16 00:00:00
479	4	4	258	1586	5	2013-08-07 00:00:00	2013-08-16 00:00:00	43878.45	3510.276	1096.9613	2013-08-16 00:00:00
480	4	4	254	1500	1	2013-08-07 00:00:00	2013-08-16 00:00:00	418.95	33.516	10.4738	2013-08-16 00:00:00
481	4	4	252	1656	5	2013-08-08 00:00:00	2013-08-17 00:00:00	566.0865	45.2869	14.1522	2013-08-17 00:00:00
482	4	4	261	1572	1	2013-08-08 00:00:00	2013-08-17 00:00:00	461.79	36.9432	11.5448	2013-08-17 00:00:00
483	4	4	251	1562	4	2013-08-08 00:00:00	2013-08-17 00:00:00	377.055	30.1644	9.4264	2013-08-17 00:00:00
484	4	4	253	1662	2	2013-08-08 00:00:00	2013-08-17 00:00:00	37.0755	2.966	0.9269	2013-08-17 00:00:00
485	4	4	255	1682	4	2013-08-08 00:00:00	2013-08-17 00:00:00	21558.075	1724.646	538.9519	2013-08-17 00:00:00
486	4	4	256	1686	4	2013-08-08 00:00:00	2013-08-17 00:00:00	507.087	40.567	12.6772	2013-08-17 00:00:00
487	4	4	259	1684	5	2013-08-08 00:00:00	2013-08-17 00:00:00	86220.75	6897.66	2155.5188	2013-08-17 00:00:00
488	4	4	260	1534	5	2013-08-08 00:00:00	2013-08-17 00:00:00	696.528	55.7222	17.4132	2013-08-17 00:00:00
489	4	4	258	1614	4	2013-08-08 00:00:00	2013-08-17 00:00:00	663.453	53.0762	16.5863	2013-08-17 00:00:00
490	4	4	254	1588	5	2013-08-08 00:00:00	2013-08-17 00:00:00	40471.2	3237.696	1011.78	2013-08-17 00:00:00
491	4	4	257	1622	4	2013-08-08 00:00:00	2013-08-17 00:00:00	259.8435	20.7875	6.4961	2013-08-17 00:00:00
492	4	4	261	1632	5	2013-08-08 00:00:00	2013-08-17 00:00:00	38421.075	3073.686	960.5269	2013-08-17 00:00:00
493	4	4	251	1608	5	2013-08-08 00:00:00	2013-08-17 00:00:00	5948.25	475.86	148.7063	2013-08-17 00:00:00
494	4	4	253	1576	5	2013-08-08 00:00:00	2013-08-17 00:00:00	91117.95	7289.436	2277.9488	2013-08-17 00:00:00
495	4	4	255	1590	1	2013-08-08 00:00:00	2013-08-17 00:00:00	525	42	13.125	2013-08-17 00:00:00
496	4	4	256	1514	5	2013-08-08 00:00:00	2013-08-17 00:00:00	2003.6835	160.2947	50.0921	2013-08-17 00:00:00
497	4	4	259	1498	4	2013-08-10 00:00:00	2013-08-19 00:00:00	26455.275	2116.422	661.3819	2013-08-19 00:00:00
498	4	4	260	1674	2	2013-08-10 00:00:00	2013-08-19 00:00:00	944.37	75.5496	23.6093	2013-08-19 00:00:00
499	4	4	258	1652	4	2013-08-10 00:00:00	2013-08-19 00:00:00	51588.075	4127.046	1289.7019	2013-08-19 00:00:00
500	4	4	254	1578	3	2013-08-10 00:00:00	2013-08-19 00:00:00	62843.55	5027.484	1571.0888	2013-08-19 00:00:00
501	4	4	257	1538	5	2013-08-10 00:00:00	2013-08-19 00:00:00	37843.575	3027.486	946.0894	2013-08-19 00:00:00
502	4	4	261	1556	4	2013-08-10 00:00:00	2013-08-19 00:00:00	25531.275	2042.502	638.2819	2013-08-19 00:00:00
503	4	4	251	1554	4	2013-08-10 00:00:00	2013-08-19 00:00:00	402.7275	32.2182	10.0682	2013-08-19 00:00:00
504	4	4	253	1688	4	2013-08-10 00:00:00	2013-08-19 00:00:00	125.748	10.0598	3.1437	2013-08-19 00:00:00
505	4	4	252	1580	5	2013-08-11 00:00:00	2013-08-20 00:00:00	150.7905	12.0632	3.7698	2013-08-20 00:00:00
506	4	4	256	1496	4	2013-08-11 00:00:00	2013-08-20 00:00:00	465.2865	37.2229	11.6322	2013-08-20 00:00:00
507	4	4	259	1494	2	2013-08-11 00:00:00	2013-08-20 00:00:00	8847.3	707.784	221.1825	2013-08-20 00:00:00
508	4	4	260	1650	5	2013-08-11 00:00:00	2013-08-20 00:00:00	171.0765	13.6861	4.2769	2013-08-20 00:00:00
509	4	4	258	1654	4	2013-08-11 00:00:00	2013-08-20 00:00:00	20397.3	1631.784	509.9325	2013-08-20 00:00:00
510	4	4	254	1664	3	2013-08-11 00:00:00	2013-08-20 00:00:00	14628.075	1170.246	365.7019	2013-08-20 00:00:00
511	4	4	257	1678	3	2013-08-11 00:00:00	2013-08-20 00:00:00	58685.55	4694.844	1467.1388	2013-08-20 00:00:00
512	4	4	261	1616	4	2013-08-11 00:00:00	2013-08-20 00:00:00	259.8435	20.7875	6.4961	2013-08-20 00:00:00
513	4	4	251	1492	4	2013-08-11 00:00:00	2013-08-20 00:00:00	402.7275	32.2182	10.0682	2013-08-20 00:00:00
514	4	4	253	1602	5	2013-08-11 00:00:00	2013-08-20 00:00:00	270.8055	21.6644	6.7701	2013-08-20 00:00:00
515	4	4	255	1540	4	2013-08-11 00:00:00	2013-08-20 00:00:00	2551.311	204.1049	63.7828	2013-08-20 00:00:00
516	4	4	252	1628	5	2013-08-11 00:00:00	2013-08-20 00:00:00	34644.225	2771.538	866.1056	2013-08-20 00:00:00
517	4	4	259	1604	4	2013-08-11 00:00:00	2013-08-20 00:00:00	1839.5055	147.1604	45.9876	2013-08-20 00:00:00
518	4	4	260	1690	5	2013-08-11 00:00:00	2013-08-20 00:00:00	146.286	11.7029	3.6572	2013-08-20 00:00:00
519	4	4	258	1566	5	2013-08-11 00:00:00	2013-08-20 00:00:00	102.564	8.2051	2.5641	2013-08-20 00:00:00
520	4	4	250	1698	5	2013-08-11 00:00:00	2013-08-20 00:00:00	150.7905	12.0632	3.7698	2013-08-20 00:00:00
521	4	4	257	1560	5	2013-08-12 00:00:00	2013-08-21 00:00:00	13669.425	1093.554	341.7356	2013-08-21 00:00:00
522	4	4	261	1692	5	2013-08-12 00:00:00	2013-08-21 00:00:00	6756.12	540.4896	168.903	2013-08-21 00:00:00
523	4	4	251	1696	5	2013-08-12 00:00:00	2013-08-21 00:00:00	50860.425	4068.834	1271.5106	2013-08-21 00:00:00
524	4	4	253	1504	1	2013-08-12 00:00:00	2013-08-21 00:00:00	551.88	44.1504	13.797	2013-08-21 00:00:00
525	4	4	255	1544	1	2013-08-12 00:00:00	2013-08-21 00:00:00	6987.75	559.02	174.6938	2013-08-21 00:00:00
526	4	4	256	1530	2	2013-08-12 00:00:00	2013-08-21 00:00:00	28072.275	2245.782	701.8069	2013-08-21 00:00:00
527	4	4	259	1508	1	2013-08-12 00:00:00	2013-08-21 00:00:00	37312.275	2984.982	932.8069	2013-08-21 00:00:00
528	4	4	260	1694	1	2013-08-12 00:00:00	2013-08-21 00:00:00	7623	609.84	190.575	2013-08-21 00:00:00
529	4	4	258	1624	2	2013-08-12 00:00:00	2013-08-21 00:00:00	28297.5	2263.8	707.4375	2013-08-21 00:00:00
530	4	4	254	1548	2	2013-08-12 00:00:00	2013-08-21 00:00:00	59.9445	4.7956	1.4986	2013-08-21 00:00:00
531	5	4	257	1598	5	2013-08-12 00:00:00	2013-08-21 00:00:00	222.0435	17.7635	5.5511	2013-08-21 00:00:00
532	4	4	261	1658	5	2013-08-12 00:00:00	2013-08-21 00:00:00	43878.45	3510.276	1096.9613	2013-08-21 00:00:00
533	4	4	251	1536	4	2013-08-12 00:00:00	2013-08-21 00:00:00	345.555	27.6444	8.6389	2013-08-21 00:00:00
534	4	4	253	1568	2	2013-08-12 00:00:00	2013-08-21 00:00:00	15153.6	1212.288	378.84	2013-08-21 00:00:00
535	4	4	255	1648	5	2013-08-12 00:00:00	2013-08-21 00:00:00	142.4115	11.3929	3.5603	2013-08-21 00:00:00
536	4	4	256	1646	2	2013-08-12 00:00:00	2013-08-21 00:00:00	48030.675	3842.454	1200.7669	2013-08-21 00:00:00
537	4	4	255	1530	2	2013-08-13 00:00:00	2013-08-22 00:00:00	28072.275	2245.782	701.8069	2013-08-22 00:00:00
538	4	4	256	1508	1	2013-08-13 00:00:00	2013-08-22 00:00:00	37312.275	2984.982	932.8069	2013-08-22 00:00:00
539	4	4	259	1694	1	2013-08-13 00:00:00	2013-08-22 00:00:00	7623	609.84	190.575	2013-08-22 00:00:00
540	4	4	260	1624	2	2013-08-13 00:00:00	2013-08-22 00:00:00	28297.5	2263.8	707.4375	2013-08-22 00:00:00
541	4	4	259	1672	4	2013-08-13 00:00:00	2013-08-22 00:00:00	550.9665	44.0773	13.7742	2013-08-22 00:00:00
542	4	4	250	1600	1	2013-08-13 00:00:00	2013-08-22 00:00:00	1276.275	102.102	31.9069	2013-08-22 00:00:00
543	4	4	258	1522	1	2013-08-13 00:00:00	2013-08-22 00:00:00	2003.925	160.314	50.0981	2013-08-22 00:00:00
544	4	4	254	1570	2	2013-08-13 00:00:00	2013-08-22 00:00:00	28343.7	2267.496	708.5925	2013-08-22 00:00:00
545	4	4	257	1516	1	2013-08-13 00:00:00	2013-08-22 00:00:00	454.86	36.3888	11.3715	2013-08-22 00:00:00
546	4	4	261	1506	5	2013-08-13 00:00:00	2013-08-22 00:00:00	43878.45	3510.276	1096.9613	2013-08-22 00:00:00
547	4	4	251	1626	2	2013-08-13 00:00:00	2013-08-22 00:00:00	7132.125	570.57	178.3031	2013-08-22 00:00:00
548	4	4	253	1542	2	2013-08-13 00:00:00	2013-08-22 00:00:00	28343.7	2267.496	708.5925	2013-08-22 00:00:00
549	4	4	255	1610	4	2013-08-13 00:00:00	2013-08-22 00:00:00	22516.725	1801.338	562.9181	2013-08-22 00:00:00
550	4	4	256	1638	5	2013-08-13 00:00:00	2013-08-22 00:00:00	34644.225	2771.538	866.1056	2013-08-22 00:00:00
551	4	4	259	1582	5	2013-08-13 00:00:00	2013-08-22 00:00:00	532.917	42.6334	13.3229	2013-08-22 00:00:00
552	4	4	260	1510	5	2013-08-13 00:00:00	2013-08-22 00:00:00	143.0415	11.4433	3.576	2013-08-22 00:00:00
553	4	4	250	1526	2	2013-08-13 00:00:00	2013-08-22 00:00:00	28199.325	2255.946	704.9831	2013-08-22 00:00:00
554	4	4	254	1644	1	2013-08-13 00:00:00	2013-08-22 00:00:00	3713.325	297.066	92.8331	2013-08-22 00:00:00
555	4	4	257	1680	4	2013-08-13 00:00:00	2013-08-22 00:00:00	19952.625	1596.21	498.8156	2013-08-22 00:00:00
556	4	4	261	1584	5	2013-08-13 00:00:00	2013-08-22 00:00:00	13361.04	1068.8832	334.026	2013-08-22 00:00:00
557	4	4	251	1620	5	2013-08-14 00:00:00	2013-08-23 00:00:00	5711.475	456.918	142.7869	2013-08-23 00:00:00
558	4	4	253	1666	5	2013-08-14 00:00:00	2013-08-23 00:00:00	696.528	55.7222	17.4132	2013-08-23 00:00:00
559	4	4	255	1592	2	2013-08-14 00:00:00	2013-08-23 00:00:00	97.965	7.8372	2.4491	2013-08-23 00:00:00
560	4	4	256	1618	4	2013-08-14 00:00:00	2013-08-23 00:00:00	114.471	9.1577	2.8618	2013-08-23 00:00:00
561	4	4	259	1612	4	2013-08-14 00:00:00	2013-08-23 00:00:00	132.6465	10.6117	3.3162	2013-08-23 00:00:00
562	4	4	260	1586	5	2013-08-14 00:00:00	2013-08-23 00:00:00	43878.45	3510.276	1096.9613	2013-08-23 00:00:00
563	4	4	258	1500	1	2013-08-14 00:00:00	2013-08-23 00:00:00	418.95	33.516	10.4738	2013-08-23 00:00:00
564	4	4	254	1656	4	2013-08-14 00:00:00	2013-08-23 00:00:00	273.7035	21.8963	6.8426	2013-08-23 00:00:00
565	4	4	257	1572	1	2013-08-14 00:00:00	2013-08-23 00:00:00	461.79	36.9432	11.5448	2013-08-23 00:00:00
566	4	4	261	1562	4	2013-08-14 00:00:00	2013-08-23 00:00:00	481.887	38.551	12.0472	2013-08-23 00:00:00
567	4	4	251	1662	2	2013-08-14 00:00:00	2013-08-23 00:00:00	37.0755	2.966	0.9269	2013-08-23 00:00:00
568	4	4	253	1682	4	2013-08-14 00:00:00	2013-08-23 00:00:00	21558.075	1724.646	538.9519	2013-08-23 00:00:00
569	4	4	255	1686	4	2013-08-14 00:00:00	2013-08-23 00:00:00	567.378	45.3902	14.1845	2013-08-23 00:00:00
570	4	4	256	1684	5	2013-08-14 00:00:00	2013-08-23 00:00:00	65240.175	5219.214	1631.0044	2013-08-23 00:00:00
571	4	4	252	1534	5	2013-08-14 00:00:00	2013-08-23 00:00:00	534.807	42.7846	13.3702	2013-08-23 00:00:00
572	4	4	260	1614	4	2013-08-14 00:00:00	2013-08-23 00:00:00	136.647	10.9318	3.4162	2013-08-23 00:00:00
573	4	4	258	1588	5	2013-08-15 00:00:00	2013-08-24 00:00:00	40471.2	3237.696	1011.78	2013-08-24 00:00:00
574	4	4	254	1622	5	2013-08-15 00:00:00	2013-08-24 00:00:00	278.523	22.2818	6.9631	2013-08-24 00:00:00
575	4	4	257	1632	4	2013-08-15 00:00:00	2013-08-24 00:00:00	23671.725	1893.738	591.7931	2013-08-24 00:00:00
576	4	4	261	1608	5	2013-08-15 00:00:00	2013-08-24 00:00:00	5948.25	475.86	148.7063	2013-08-24 00:00:00
577	4	4	250	1576	5	2013-08-15 00:00:00	2013-08-24 00:00:00	91117.95	7289.436	2277.9488	2013-08-24 00:00:00
578	4	4	253	1590	1	2013-08-15 00:00:00	2013-08-24 00:00:00	525	42	13.125	2013-08-24 00:00:00
579	4	4	255	1514	5	2013-08-15 00:00:00	2013-08-24 00:00:00	2003.6835	160.2947	50.0921	2013-08-24 00:00:00
580	4	4	256	1498	4	2013-08-15 00:00:00	2013-08-24 00:00:00	26455.275	2116.422	661.3819	2013-08-24 00:00:00
581	4	4	259	1674	2	2013-08-15 00:00:00	2013-08-24 00:00:00	944.37	75.5496	23.6093	2013-08-24 00:00:00
582	4	4	260	1652	4	2013-08-15 00:00:00	2013-08-24 00:00:00	44594.55	3567.564	1114.8638	2013-08-24 00:00:00
583	4	4	258	1578	3	2013-08-15 00:00:00	2013-08-24 00:00:00	62843.55	5027.484	1571.0888	2013-08-24 00:00:00
584	4	4	254	1538	5	2013-08-15 00:00:00	2013-08-24 00:00:00	37843.575	3027.486	946.0894	2013-08-24 00:00:00
585	4	4	252	1556	4	2013-08-15 00:00:00	2013-08-24 00:00:00	25531.275	2042.502	638.2819	2013-08-24 00:00:00
586	4	4	261	1554	4	2013-08-15 00:00:00	2013-08-24 00:00:00	501.1965	40.0957	12.5299	2013-08-24 00:00:00
587	4	4	251	1688	4	2013-08-15 00:00:00	2013-08-24 00:00:00	125.748	10.0598	3.1437	2013-08-24 00:00:00
588	4	4	253	1580	5	2013-08-15 00:00:00	2013-08-24 00:00:00	150.7905	12.0632	3.7698	2013-08-24 00:00:00
589	4	4	255	1496	5	2013-08-17 00:00:00	2013-08-26 00:00:00	696.528	55.7222	17.4132	2013-08-26 00:00:00
590	4	4	256	1494	2	2013-08-17 00:00:00	2013-08-26 00:00:00	8847.3	707.784	221.1825	2013-08-26 00:00:00
591	4	4	259	1650	5	2013-08-17 00:00:00	2013-08-26 00:00:00	171.0765	13.6861	4.2769	2013-08-26 00:00:00
592	4	4	260	1654	4	2013-08-17 00:00:00	2013-08-26 00:00:00	20397.3	1631.784	509.9325	2013-08-26 00:00:00
593	4	4	258	1664	3	2013-08-18 00:00:00	2013-08-27 00:00:00	14628.075	1170.246	365.7019	2013-08-27 00:00:00
594	4	4	254	1678	3	2013-08-18 00:00:00	2013-08-27 00:00:00	33350.625	2668.05	833.7656	2013-08-27 00:00:00
595	4	4	257	1616	4	2013-08-18 00:00:00	2013-08-27 00:00:00	1074.78	85.9824	26.8695	2013-08-27 00:00:00
596	4	4	261	1492	4	2013-08-18 00:00:00	2013-08-27 00:00:00	501.1965	40.0957	12.5299	2013-08-27 00:00:00
597	4	4	251	1602	5	2013-08-18 00:00:00	2013-08-27 00:00:00	1525.23	122.0184	38.1308	2013-08-27 00:00:00
598	4	4	253	1540	4	2013-08-18 00:00:00	2013-08-27 00:00:00	631.386	50.5109	15.7847	2013-08-27 00:00:00
599	4	4	255	1628	5	2013-08-18 00:00:00	2013-08-27 00:00:00	34644.225	2771.538	866.1056	2013-08-27 00:00:00
600	4	4	256	1604	4	2013-08-18 00:00:00	2013-08-27 00:00:00	1839.5055	147.1604	45.9876	2013-08-27 00:00:00
601	4	4	259	1690	5	2013-08-18 00:00:00	2013-08-27 00:00:00	146.286	11.7029	3.6572	2013-08-27 00:00:00
602	4	4	260	1566	5	2013-08-18 00:00:00	2013-08-27 00:00:00	102.564	8.2051	2.5641	2013-08-27 00:00:00
603	4	4	258	1698	5	2013-08-18 00:00:00	2013-08-27 00:00:00	150.7905	12.0632	3.7698	2013-08-27 00:00:00
604	4	4	254	1560	5	2013-08-18 00:00:00	2013-08-27 00:00:00	13669.425	1093.554	341.7356	2013-08-27 00:00:00
605	4	4	257	1692	5	2013-08-18 00:00:00	2013-08-27 00:00:00	16393.23	1311.4584	409.8308	2013-08-27 00:00:00
606	4	4	261	1696	5	2013-08-18 00:00:00	2013-08-27 00:00:00	39258.45	3140.676	981.4613	2013-08-27 00:00:00
607	4	4	251	1504	1	2013-08-18 00:00:00	2013-08-27 00:00:00	551.88	44.1504	13.797	2013-08-27 00:00:00
608	4	4	253	1544	1	2013-08-18 00:00:00	2013-08-27 00:00:00	6987.75	559.02	174.6938	2013-08-27 00:00:00
609	4	4	250	1548	2	2013-08-19 00:00:00	2013-08-28 00:00:00	59.9445	4.7956	1.4986	2013-08-28 00:00:00
610	4	4	254	1598	4	2013-08-19 00:00:00	2013-08-28 00:00:00	370.755	29.6604	9.2689	2013-08-28 00:00:00
611	4	4	257	1658	5	2013-08-19 00:00:00	2013-08-28 00:00:00	43878.45	3510.276	1096.9613	2013-08-28 00:00:00
612	4	4	261	1536	4	2013-08-19 00:00:00	2013-08-28 00:00:00	272.1285	21.7703	6.8032	2013-08-28 00:00:00
613	4	4	252	1530	2	2013-08-19 00:00:00	2013-08-28 00:00:00	28072.275	2245.782	701.8069	2013-08-28 00:00:00
614	5	4	256	1508	1	2013-08-19 00:00:00	2013-08-28 00:00:00	35394.975	2831.598	884.8744	2013-08-28 00:00:00
615	4	4	259	1694	1	2013-08-19 00:00:00	2013-08-28 00:00:00	7623	609.84	190.575	2013-08-28 00:00:00
616	4	4	260	1624	2	2013-08-19 00:00:00	2013-08-28 00:00:00	28297.5	2263.8	707.4375	2013-08-28 00:00:00
617	4	4	258	1548	2	2013-08-19 00:00:00	2013-08-28 00:00:00	59.9445	4.7956	1.4986	2013-08-28 00:00:00
618	4	4	254	1598	4	2013-08-19 00:00:00	2013-08-28 00:00:00	567.378	45.3902	14.1845	2013-08-28 00:00:00
619	4	4	257	1658	5	2013-08-19 00:00:00	2013-08-28 00:00:00	43878.45	3510.276	1096.9613	2013-08-28 00:00:00
620	4	4	261	1536	4	2013-08-19 00:00:00	2013-08-28 00:00:00	402.255	32.1804	10.0564	2013-08-28 00:00:00
621	4	4	251	1568	2	2013-08-19 00:00:00	2013-08-28 00:00:00	27350.4	2188.032	683.76	2013-08-28 00:00:00
622	4	4	253	1648	5	2013-08-19 00:00:00	2013-08-28 00:00:00	142.4115	11.3929	3.5603	2013-08-28 00:00:00
623	4	4	255	1646	2	2013-08-19 00:00:00	2013-08-28 00:00:00	48030.675	3842.454	1200.7669	2013-08-28 00:00:00
624	4	3	252	1672	5	2013-08-19 00:00:00	2013-08-28 00:00:00	272.4435	21.7955	6.8111	2013-08-28 00:00:00
625	4	4	259	1600	1	2013-08-19 00:00:00	2013-08-28 00:00:00	1276.275	102.102	31.9069	2013-08-28 00:00:00
626	4	4	260	1522	1	2013-08-19 00:00:00	2013-08-28 00:00:00	2003.925	160.314	50.0981	2013-08-28 00:00:00
627	4	4	258	1570	4	2013-08-19 00:00:00	2013-08-28 00:00:00	22516.725	1801.338	562.9181	2013-08-28 00:00:00
628	4	4	250	1516	1	2013-08-19 00:00:00	2013-08-28 00:00:00	454.86	36.3888	11.3715	2013-08-28 00:00:00
629	4	4	257	1506	5	2013-08-20 00:00:00	2013-08-29 00:00:00	43878.45	3510.276	1096.9613	2013-08-29 00:00:00
630	4	4	261	1626	2	2013-08-20 00:00:00	2013-08-29 00:00:00	7132.125	570.57	178.3031	2013-08-29 00:00:00
631	4	4	251	1542	2	2013-08-20 00:00:00	2013-08-29 00:00:00	28343.7	2267.496	708.5925	2013-08-29 00:00:00
632	4	4	253	1610	4	2013-08-20 00:00:00	2013-08-29 00:00:00	22516.725	1801.338	562.9181	2013-08-29 00:00:00
633	4	4	255	1638	5	2013-08-20 00:00:00	2013-08-29 00:00:00	34644.225	2771.538	866.1056	2013-08-29 00:00:00
634	4	4	256	1582	4	2013-08-20 00:00:00	2013-08-29 00:00:00	241.038	19.283	6.026	2013-08-29 00:00:00
635	4	4	259	1510	5	2013-08-20 00:00:00	2013-08-29 00:00:00	143.0415	11.4433	3.576	2013-08-29 00:00:00
636	4	4	260	1526	2	2013-08-20 00:00:00	2013-08-29 00:00:00	28199.325	2255.946	704.9831	2013-08-29 00:00:00
637	4	4	251	1568	1	2013-08-21 00:00:00	2013-08-30 00:00:00	26230.05	2098.404	655.7513	2013-08-30 00:00:00
638	4	4	253	1648	5	2013-08-21 00:00:00	2013-08-30 00:00:00	142.4115	11.3929	3.5603	2013-08-30 00:00:00
639	4	4	255	1646	2	2013-08-21 00:00:00	2013-08-30 00:00:00	48030.675	3842.454	1200.7669	2013-08-30 00:00:00
640	4	4	256	1672	4	2013-08-21 00:00:00	2013-08-30 00:00:00	28467.2115	2277.3769	711.6803	2013-08-30 00:00:00
641	4	4	258	1644	1	2013-08-21 00:00:00	2013-08-30 00:00:00	3713.325	297.066	92.8331	2013-08-30 00:00:00
642	4	4	254	1680	5	2013-08-21 00:00:00	2013-08-30 00:00:00	43878.45	3510.276	1096.9613	2013-08-30 00:00:00
643	4	4	257	1584	5	2013-08-21 00:00:00	2013-08-30 00:00:00	2979.27	238.3416	74.4818	2013-08-30 00:00:00
644	4	3	261	1620	5	2013-08-21 00:00:00	2013-08-30 00:00:00	5711.475	456.918	142.7869	2013-08-30 00:00:00
645	4	4	251	1666	5	2013-08-21 00:00:00	2013-08-30 00:00:00	1372.7385	109.8191	34.3185	2013-08-30 00:00:00
646	4	4	253	1592	2	2013-08-21 00:00:00	2013-08-30 00:00:00	97.965	7.8372	2.4491	2013-08-30 00:00:00
647	4	4	255	1618	4	2013-08-21 00:00:00	2013-08-30 00:00:00	114.471	9.1577	2.8618	2013-08-30 00:00:00
648	4	4	256	1612	4	2013-08-21 00:00:00	2013-08-30 00:00:00	132.6465	10.6117	3.3162	2013-08-30 00:00:00
649	4	4	259	1586	5	2013-08-21 00:00:00	2013-08-30 00:00:00	43878.45	3510.276	1096.9613	2013-08-30 00:00:00
650	4	4	250	1500	1	2013-08-21 00:00:00	2013-08-30 00:00:00	418.95	33.516	10.4738	2013-08-30 00:00:00
651	4	4	258	1656	4	2013-08-21 00:00:00	2013-08-30 00:00:00	515.6865	41.2549	12.8922	2013-08-30 00:00:00
652	4	4	254	1572	1	2013-08-21 00:00:00	2013-08-30 00:00:00	461.79	36.9432	11.5448	2013-08-30 00:00:00
653	4	4	257	1562	4	2013-08-21 00:00:00	2013-08-30 00:00:00	383.04	30.6432	9.576	2013-08-30 00:00:00
654	4	3	261	1662	2	2013-08-21 00:00:00	2013-08-30 00:00:00	37.0755	2.966	0.9269	2013-08-30 00:00:00
655	4	4	251	1682	4	2013-08-21 00:00:00	2013-08-30 00:00:00	21558.075	1724.646	538.9519	2013-08-30 00:00:00
656	4	4	253	1686	4	2013-08-21 00:00:00	2013-08-30 00:00:00	545.832	43.6666	13.6458	2013-08-30 00:00:00
657	4	4	255	1684	4	2013-08-22 00:00:00	2013-08-31 00:00:00	20980.575	1678.446	524.5144	2013-08-31 00:00:00
658	4	4	256	1534	4	2013-08-22 00:00:00	2013-08-31 00:00:00	602.028	48.1622	15.0507	2013-08-31 00:00:00
659	4	4	259	1614	5	2013-08-22 00:00:00	2013-08-31 00:00:00	694.953	55.5962	17.3738	2013-08-31 00:00:00
660	6	4	260	1588	5	2013-08-22 00:00:00	2013-08-31 00:00:00	40471.2	3237.696	1011.78	2013-08-31 00:00:00
661	4	4	250	1622	5	2013-08-22 00:00:00	2013-08-31 00:00:00	557.487	44.599	13.9372	2013-08-31 00:00:00
662	4	4	254	1632	5	2013-08-22 00:00:00	2013-08-31 00:00:00	38421.075	3073.686	960.5269	2013-08-31 00:00:00
663	4	4	257	1608	5	2013-08-22 00:00:00	2013-08-31 00:00:00	5948.25	475.86	148.7063	2013-08-31 00:00:00
664	4	3	261	1576	5	2013-08-22 00:00:00	2013-08-31 00:00:00	91117.95	7289.436	2277.9488	2013-08-31 00:00:00
665	4	4	251	1590	1	2013-08-22 00:00:00	2013-08-31 00:00:00	525	42	13.125	2013-08-31 00:00:00
666	4	4	253	1514	5	2013-08-22 00:00:00	2013-08-31 00:00:00	2003.6835	160.2947	50.0921	2013-08-31 00:00:00
667	4	4	255	1498	4	2013-08-22 00:00:00	2013-08-31 00:00:00	26455.275	2116.422	661.3819	2013-08-31 00:00:00
668	4	4	256	1674	2	2013-08-22 00:00:00	2013-08-31 00:00:00	944.37	75.5496	23.6093	2013-08-31 00:00:00
669	4	4	259	1652	1	2013-08-22 00:00:00	2013-08-31 00:00:00	6993.525	559.482	174.8381	2013-08-31 00:00:00
670	4	4	260	1578	3	2013-08-22 00:00:00	2013-08-31 00:00:00	62843.55	5027.484	1571.0888	2013-08-31 00:00:00
671	4	4	258	1538	5	2013-08-22 00:00:00	2013-08-31 00:00:00	37843.575	3027.486	946.0894	2013-08-31 00:00:00
672	4	4	254	1556	4	2013-08-22 00:00:00	2013-08-31 00:00:00	25531.275	2042.502	638.2819	2013-08-31 00:00:00
673	4	4	257	1554	4	2013-08-25 00:00:00	2013-09-03 00:00:00	358.6275	28.6902	8.9657	2013-09-03 00:00:00
674	4	3	261	1688	4	2013-08-25 00:00:00	2013-09-03 00:00:00	125.748	10.0598	3.1437	2013-09-03 00:00:00
675	4	4	251	1580	5	2013-08-25 00:00:00	2013-09-03 00:00:00	150.7905	12.0632	3.7698	2013-09-03 00:00:00
676	4	4	253	1496	5	2013-08-25 00:00:00	2013-09-03 00:00:00	534.807	42.7846	13.3702	2013-09-03 00:00:00
677	4	4	255	1494	2	2013-08-25 00:00:00	2013-09-03 00:00:00	8847.3	707.784	221.1825	2013-09-03 00:00:00
678	4	4	256	1650	5	2013-08-25 00:00:00	2013-09-03 00:00:00	171.0765	13.6861	4.2769	2013-09-03 00:00:00
679	4	4	252	1654	4	2013-08-25 00:00:00	2013-09-03 00:00:00	20397.3	1631.784	509.9325	2013-09-03 00:00:00
680	4	4	260	1664	3	2013-08-25 00:00:00	2013-09-03 00:00:00	14628.075	1170.246	365.7019	2013-09-03 00:00:00
681	4	4	258	1678	4	2013-08-25 00:00:00	2013-09-03 00:00:00	25334.925	2026.794	633.3731	2013-09-03 00:00:00
682	4	4	254	1616	5	2013-08-25 00:00:00	2013-09-03 00:00:00	278.523	22.2818	6.9631	2013-09-03 00:00:00
683	4	4	257	1492	4	2013-08-25 00:00:00	2013-09-03 00:00:00	358.6275	28.6902	8.9657	2013-09-03 00:00:00
684	4	3	261	1602	5	2013-08-25 00:00:00	2013-09-03 00:00:00	270.8055	21.6644	6.7701	2013-09-03 00:00:00
685	4	4	250	1540	4	2013-08-25 00:00:00	2013-09-03 00:00:00	2421.1215	193.6897	60.528	2013-09-03 00:00:00
686	4	4	253	1628	5	2013-08-25 00:00:00	2013-09-03 00:00:00	34644.225	2771.538	866.1056	2013-09-03 00:00:00
687	4	4	255	1604	4	2013-08-25 00:00:00	2013-09-03 00:00:00	1839.5055	147.1604	45.9876	2013-09-03 00:00:00
688	4	4	256	1690	5	2013-08-25 00:00:00	2013-09-03 00:00:00	146.286	11.7029	3.6572	2013-09-03 00:00:00
689	4	4	259	1566	5	2013-08-26 00:00:00	2013-09-04 00:00:00	102.564	8.2051	2.5641	2013-09-04 00:00:00
690	4	4	260	1698	5	2013-08-26 00:00:00	2013-09-04 00:00:00	150.7905	12.0632	3.7698	2013-09-04 00:00:00
691	4	4	258	1560	5	2013-08-26 00:00:00	2013-09-04 00:00:00	13669.425	1093.554	341.7356	2013-09-04 00:00:00
692	4	4	254	1692	5	2013-08-26 00:00:00	2013-09-04 00:00:00	6444.9	515.592	161.1225	2013-09-04 00:00:00
693	4	4	252	1696	2	2013-08-26 00:00:00	2013-09-04 00:00:00	50860.425	4068.834	1271.5106	2013-09-04 00:00:00
694	4	3	261	1504	1	2013-08-26 00:00:00	2013-09-04 00:00:00	551.88	44.1504	13.797	2013-09-04 00:00:00
695	4	4	251	1544	1	2013-08-26 00:00:00	2013-09-04 00:00:00	6987.75	559.02	174.6938	2013-09-04 00:00:00
696	4	4	253	1530	2	2013-08-26 00:00:00	2013-09-04 00:00:00	28072.275	2245.782	701.8069	2013-09-04 00:00:00
697	4	4	255	1508	1	2013-08-26 00:00:00	2013-09-04 00:00:00	1917.3	153.384	47.9325	2013-09-04 00:00:00
698	4	4	256	1694	1	2013-08-26 00:00:00	2013-09-04 00:00:00	7623	609.84	190.575	2013-09-04 00:00:00
699	4	4	259	1624	2	2013-08-26 00:00:00	2013-09-04 00:00:00	28297.5	2263.8	707.4375	2013-09-04 00:00:00
700	4	4	260	1548	2	2013-08-26 00:00:00	2013-09-04 00:00:00	59.9445	4.7956	1.4986	2013-09-04 00:00:00
701	4	4	258	1598	4	2013-08-26 00:00:00	2013-09-04 00:00:00	117.432	9.3946	2.9358	2013-09-04 00:00:00
702	4	4	254	1658	5	2013-08-26 00:00:00	2013-09-04 00:00:00	43878.45	3510.276	1096.9613	2013-09-04 00:00:00
703	4	4	257	1536	4	2013-08-26 00:00:00	2013-09-04 00:00:00	383.355	30.6684	9.5839	2013-09-04 00:00:00
704	4	3	261	1568	1	2013-08-26 00:00:00	2013-09-04 00:00:00	10631.775	850.542	265.7944	2013-09-04 00:00:00
705	4	4	251	1648	5	2013-08-27 00:00:00	2013-09-05 00:00:00	142.4115	11.3929	3.5603	2013-09-05 00:00:00
706	4	4	253	1646	2	2013-08-27 00:00:00	2013-09-05 00:00:00	48030.675	3842.454	1200.7669	2013-09-05 00:00:00
707	4	4	255	1672	4	2013-08-27 00:00:00	2013-09-05 00:00:00	22516.725	1801.338	562.9181	2013-09-05 00:00:00
708	5	4	256	1600	1	2013-08-27 00:00:00	2013-09-05 00:00:00	1276.275	102.102	31.9069	2013-09-05 00:00:00
709	4	4	259	1522	1	2013-08-27 00:00:00	2013-09-05 00:00:00	2003.925	160.314	50.0981	2013-09-05 00:00:00
710	4	4	260	1570	2	2013-08-27 00:00:00	2013-09-05 00:00:00	50860.425	4068.834	1271.5106	2013-09-05 00:00:00
711	4	4	258	1516	1	2013-08-27 00:00:00	2013-09-05 00:00:00	454.86	36.3888	11.3715	2013-09-05 00:00:00
712	4	4	254	1506	5	2013-08-27 00:00:00	2013-09-05 00:00:00	43878.45	3510.276	1096.9613	2013-09-05 00:00:00
713	4	4	257	1626	2	2013-08-27 00:00:00	2013-09-05 00:00:00	7132.125	570.57	178.3031	2013-09-05 00:00:00
714	4	3	261	1542	2	2013-08-27 00:00:00	2013-09-05 00:00:00	28343.7	2267.496	708.5925	2013-09-05 00:00:00
715	4	4	251	1610	4	2013-08-27 00:00:00	2013-09-05 00:00:00	22516.725	1801.338	562.9181	2013-09-05 00:00:00
716	4	4	253	1638	5	2013-08-27 00:00:00	2013-09-05 00:00:00	34644.225	2771.538	866.1056	2013-09-05 00:00:00
717	4	4	252	1582	4	2013-08-27 00:00:00	2013-09-05 00:00:00	247.5585	19.8047	6.189	2013-09-05 00:00:00
718	4	4	256	1510	5	2013-08-27 00:00:00	2013-09-05 00:00:00	143.0415	11.4433	3.576	2013-09-05 00:00:00
719	4	4	259	1526	2	2013-08-27 00:00:00	2013-09-05 00:00:00	28199.325	2255.946	704.9831	2013-09-05 00:00:00
720	4	4	260	1644	1	2013-08-27 00:00:00	2013-09-05 00:00:00	3713.325	297.066	92.8331	2013-09-05 00:00:00
721	4	4	258	1680	4	2013-08-28 00:00:00	2013-09-06 00:00:00	19952.625	1596.21	498.8156	2013-09-06 00:00:00
722	4	4	254	1584	5	2013-08-28 00:00:00	2013-09-06 00:00:00	6540.66	523.2528	163.5165	2013-09-06 00:00:00
723	4	4	257	1620	5	2013-08-28 00:00:00	2013-09-06 00:00:00	5711.475	456.918	142.7869	2013-09-06 00:00:00
724	4	3	261	1666	5	2013-08-28 00:00:00	2013-09-06 00:00:00	279.783	22.3826	6.9946	2013-09-06 00:00:00
725	4	4	251	1592	2	2013-08-28 00:00:00	2013-09-06 00:00:00	97.965	7.8372	2.4491	2013-09-06 00:00:00
726	4	4	253	1618	4	2013-08-28 00:00:00	2013-09-06 00:00:00	114.471	9.1577	2.8618	2013-09-06 00:00:00
727	4	4	255	1612	4	2013-08-28 00:00:00	2013-09-06 00:00:00	132.6465	10.6117	3.3162	2013-09-06 00:00:00
728	4	4	252	1586	5	2013-08-28 00:00:00	2013-09-06 00:00:00	43878.45	3510.276	1096.9613	2013-09-06 00:00:00
729	4	4	259	1500	1	2013-08-28 00:00:00	2013-09-06 00:00:00	418.95	33.516	10.4738	2013-09-06 00:00:00
730	4	4	260	1656	4	2013-08-28 00:00:00	2013-09-06 00:00:00	366.345	29.3076	9.1586	2013-09-06 00:00:00
731	4	4	258	1572	1	2013-08-28 00:00:00	2013-09-06 00:00:00	461.79	36.9432	11.5448	2013-09-06 00:00:00
732	4	4	250	1562	4	2013-08-28 00:00:00	2013-09-06 00:00:00	272.4435	21.7955	6.8111	2013-09-06 00:00:00
733	4	4	257	1662	2	2013-08-28 00:00:00	2013-09-06 00:00:00	37.0755	2.966	0.9269	2013-09-06 00:00:00
734	4	3	261	1682	4	2013-08-28 00:00:00	2013-09-06 00:00:00	21558.075	1724.646	538.9519	2013-09-06 00:00:00
735	4	4	251	1686	4	2013-08-28 00:00:00	2013-09-06 00:00:00	800.1	64.008	20.0025	2013-09-06 00:00:00
736	4	4	253	1684	5	2013-08-28 00:00:00	2013-09-06 00:00:00	86220.75	6897.66	2155.5188	2013-09-06 00:00:00
737	4	4	255	1534	4	2013-08-29 00:00:00	2013-09-07 00:00:00	235.9035	18.8723	5.8976	2013-09-07 00:00:00
738	4	4	256	1614	5	2013-08-29 00:00:00	2013-09-07 00:00:00	533.547	42.6838	13.3387	2013-09-07 00:00:00
739	4	4	259	1588	5	2013-08-29 00:00:00	2013-09-07 00:00:00	40471.2	3237.696	1011.78	2013-09-07 00:00:00
740	4	4	260	1622	4	2013-08-29 00:00:00	2013-09-07 00:00:00	389.655	31.1724	9.7414	2013-09-07 00:00:00
741	4	4	258	1632	4	2013-08-29 00:00:00	2013-09-07 00:00:00	23671.725	1893.738	591.7931	2013-09-07 00:00:00
742	4	4	254	1608	5	2013-08-29 00:00:00	2013-09-07 00:00:00	5948.25	475.86	148.7063	2013-09-07 00:00:00
743	4	4	257	1576	5	2013-08-29 00:00:00	2013-09-07 00:00:00	91117.95	7289.436	2277.9488	2013-09-07 00:00:00
744	4	3	261	1590	1	2013-08-29 00:00:00	2013-09-07 00:00:00	525	42	13.125	2013-09-07 00:00:00
745	6	4	251	1514	5	2013-08-29 00:00:00	2013-09-07 00:00:00	2003.6835	160.2947	50.0921	2013-09-07 00:00:00
746	4	4	253	1498	4	2013-08-29 00:00:00	2013-09-07 00:00:00	26455.275	2116.422	661.3819	2013-09-07 00:00:00
747	4	4	255	1674	2	2013-08-29 00:00:00	2013-09-07 00:00:00	944.37	75.5496	23.6093	2013-09-07 00:00:00
748	4	4	256	1652	4	2013-08-29 00:00:00	2013-09-07 00:00:00	51588.075	4127.046	1289.7019	2013-09-07 00:00:00
749	4	4	259	1578	3	2013-08-29 00:00:00	2013-09-07 00:00:00	62843.55	5027.484	1571.0888	2013-09-07 00:00:00
750	4	4	250	1538	5	2013-08-29 00:00:00	2013-09-07 00:00:00	37843.575	3027.486	946.0894	2013-09-07 00:00:00
751	4	4	258	1556	4	2013-08-29 00:00:00	2013-09-07 00:00:00	25531.275	2042.502	638.2819	2013-09-07 00:00:00
752	4	4	254	1554	4	2013-08-29 00:00:00	2013-09-07 00:00:00	234.9585	18.7967	5.874	2013-09-07 00:00:00
753	4	4	259	1600	1	2013-08-30 00:00:00	2013-09-08 00:00:00	1276.275	102.102	31.9069	2013-09-08 00:00:00
754	6	4	260	1522	1	2013-08-30 00:00:00	2013-09-08 00:00:00	2003.925	160.314	50.0981	2013-09-08 00:00:00
755	4	4	258	1570	2	2013-08-30 00:00:00	2013-09-08 00:00:00	50860.425	4068.834	1271.5106	2013-09-08 00:00:00
756	4	4	254	1516	1	2013-08-30 00:00:00	2013-09-08 00:00:00	454.86	36.3888	11.3715	2013-09-08 00:00:00
757	4	4	257	1688	4	2013-09-01 00:00:00	2013-09-10 00:00:00	125.748	10.0598	3.1437	2013-09-10 00:00:00
758	4	4	261	1580	5	2013-09-01 00:00:00	2013-09-10 00:00:00	150.7905	12.0632	3.7698	2013-09-10 00:00:00
759	4	4	251	1496	4	2013-09-01 00:00:00	2013-09-10 00:00:00	602.028	48.1622	15.0507	2013-09-10 00:00:00
760	4	4	253	1494	2	2013-09-01 00:00:00	2013-09-10 00:00:00	8847.3	707.784	221.1825	2013-09-10 00:00:00
761	4	4	255	1650	5	2013-09-01 00:00:00	2013-09-10 00:00:00	171.0765	13.6861	4.2769	2013-09-10 00:00:00
762	4	4	256	1654	4	2013-09-01 00:00:00	2013-09-10 00:00:00	20397.3	1631.784	509.9325	2013-09-10 00:00:00
763	4	4	259	1664	3	2013-09-01 00:00:00	2013-09-10 00:00:00	14628.075	1170.246	365.7019	2013-09-10 00:00:00
764	4	4	260	1678	3	2013-09-01 00:00:00	2013-09-10 00:00:00	33350.625	2668.05	833.7656	2013-09-10 00:00:00
765	4	4	250	1616	5	2013-09-01 00:00:00	2013-09-10 00:00:00	2145.4335	171.6347	53.6358	2013-09-10 00:00:00
766	4	4	254	1492	4	2013-09-01 00:00:00	2013-09-10 00:00:00	234.9585	18.7967	5.874	2013-09-10 00:00:00
767	4	4	257	1602	5	2013-09-01 00:00:00	2013-09-10 00:00:00	1525.23	122.0184	38.1308	2013-09-10 00:00:00
768	4	4	261	1540	4	2013-09-01 00:00:00	2013-09-10 00:00:00	631.386	50.5109	15.7847	2013-09-10 00:00:00
769	4	4	251	1628	5	2013-09-01 00:00:00	2013-09-10 00:00:00	34644.225	2771.538	866.1056	2013-09-10 00:00:00
770	4	4	253	1604	4	2013-09-01 00:00:00	2013-09-10 00:00:00	1839.5055	147.1604	45.9876	2013-09-10 00:00:00
771	4	4	255	1690	5	2013-09-01 00:00:00	2013-09-10 00:00:00	146.286	11.7029	3.6572	2013-09-10 00:00:00
772	4	4	256	1566	5	2013-09-01 00:00:00	2013-09-10 00:00:00	102.564	8.2051	2.5641	2013-09-10 00:00:00
773	4	4	259	1698	5	2013-09-02 00:00:00	2013-09-11 00:00:00	150.7905	12.0632	3.7698	2013-09-11 00:00:00
774	4	4	260	1560	5	2013-09-02 00:00:00	2013-09-11 00:00:00	13669.425	1093.554	341.7356	2013-09-11 00:00:00
775	4	4	258	1692	5	2013-09-02 00:00:00	2013-09-11 00:00:00	9948.33	795.8664	248.7083	2013-09-11 00:00:00
776	4	4	254	1696	2	2013-09-02 00:00:00	2013-09-11 00:00:00	62462.4	4996.992	1561.56	2013-09-11 00:00:00
777	4	4	257	1504	1	2013-09-02 00:00:00	2013-09-11 00:00:00	551.88	44.1504	13.797	2013-09-11 00:00:00
778	4	4	261	1544	1	2013-09-02 00:00:00	2013-09-11 00:00:00	6987.75	559.02	174.6938	2013-09-11 00:00:00
779	4	4	251	1530	2	2013-09-02 00:00:00	2013-09-11 00:00:00	28072.275	2245.782	701.8069	2013-09-11 00:00:00
780	4	4	253	1508	1	2013-09-02 00:00:00	2013-09-11 00:00:00	37312.275	2984.982	932.8069	2013-09-11 00:00:00
781	4	4	255	1694	1	2013-09-02 00:00:00	2013-09-11 00:00:00	7623	609.84	190.575	2013-09-11 00:00:00
782	4	4	256	1624	2	2013-09-02 00:00:00	2013-09-11 00:00:00	28297.5	2263.8	707.4375	2013-09-11 00:00:00
783	5	4	252	1548	2	2013-09-02 00:00:00	2013-09-11 00:00:00	59.9445	4.7956	1.4986	2013-09-11 00:00:00
784	4	4	260	1598	4	2013-09-02 00:00:00	2013-09-11 00:00:00	240.723	19.2578	6.0181	2013-09-11 00:00:00
785	4	4	258	1658	5	2013-09-02 00:00:00	2013-09-11 00:00:00	43878.45	3510.276	1096.9613	2013-09-11 00:00:00
786	4	4	254	1536	4	2013-09-02 00:00:00	2013-09-11 00:00:00	475.3665	38.0293	11.8842	2013-09-11 00:00:00
787	4	4	257	1568	2	2013-09-02 00:00:00	2013-09-11 00:00:00	42504	3400.32	1062.6	2013-09-11 00:00:00
788	4	4	261	1648	5	2013-09-02 00:00:00	2013-09-11 00:00:00	142.4115	11.3929	3.5603	2013-09-11 00:00:00
789	4	4	250	1646	2	2013-09-03 00:00:00	2013-09-12 00:00:00	48030.675	3842.454	1200.7669	2013-09-12 00:00:00
790	4	4	253	1672	4	2013-09-03 00:00:00	2013-09-12 00:00:00	421.155	33.6924	10.5289	2013-09-12 00:00:00
791	4	4	255	1600	1	2013-09-03 00:00:00	2013-09-12 00:00:00	1276.275	102.102	31.9069	2013-09-12 00:00:00
792	4	4	256	1522	1	2013-09-03 00:00:00	2013-09-12 00:00:00	2003.925	160.314	50.0981	2013-09-12 00:00:00
793	4	4	259	1570	2	2013-09-03 00:00:00	2013-09-12 00:00:00	50860.425	4068.834	1271.5106	2013-09-12 00:00:00
794	4	4	260	1516	1	2013-09-03 00:00:00	2013-09-12 00:00:00	454.86	36.3888	11.3715	2013-09-12 00:00:00
795	4	4	258	1506	5	2013-09-03 00:00:00	2013-09-12 00:00:00	43878.45	3510.276	1096.9613	2013-09-12 00:00:00
796	4	4	254	1626	2	2013-09-03 00:00:00	2013-09-12 00:00:00	7132.125	570.57	178.3031	2013-09-12 00:00:00
797	5	4	252	1542	2	2013-09-03 00:00:00	2013-09-12 00:00:00	28343.7	2267.496	708.5925	2013-09-12 00:00:00
798	4	4	261	1610	4	2013-09-03 00:00:00	2013-09-12 00:00:00	22516.725	1801.338	562.9181	2013-09-12 00:00:00
799	4	4	251	1638	5	2013-09-03 00:00:00	2013-09-12 00:00:00	34644.225	2771.538	866.1056	2013-09-12 00:00:00
800	4	4	253	1582	5	2013-09-03 00:00:00	2013-09-12 00:00:00	427.9275	34.2342	10.6982	2013-09-12 00:00:00
801	4	4	255	1510	5	2013-09-03 00:00:00	2013-09-12 00:00:00	143.0415	11.4433	3.576	2013-09-12 00:00:00
802	4	4	256	1526	2	2013-09-03 00:00:00	2013-09-12 00:00:00	28199.325	2255.946	704.9831	2013-09-12 00:00:00
803	4	4	259	1644	1	2013-09-03 00:00:00	2013-09-12 00:00:00	3713.325	297.066	92.8331	2013-09-12 00:00:00
804	4	4	260	1680	5	2013-09-03 00:00:00	2013-09-12 00:00:00	43878.45	3510.276	1096.9613	2013-09-12 00:00:00
805	4	4	258	1584	5	2013-09-04 00:00:00	2013-09-13 00:00:00	9799.65	783.972	244.9913	2013-09-13 00:00:00
806	4	4	254	1620	5	2013-09-04 00:00:00	2013-09-13 00:00:00	5711.475	456.918	142.7869	2013-09-13 00:00:00
807	4	4	257	1666	5	2013-09-04 00:00:00	2013-09-13 00:00:00	814.59	65.1672	20.3648	2013-09-13 00:00:00
808	4	4	261	1592	2	2013-09-04 00:00:00	2013-09-13 00:00:00	97.965	7.8372	2.4491	2013-09-13 00:00:00
809	4	4	251	1618	4	2013-09-04 00:00:00	2013-09-13 00:00:00	114.471	9.1577	2.8618	2013-09-13 00:00:00
810	4	4	253	1612	4	2013-09-04 00:00:00	2013-09-13 00:00:00	132.6465	10.6117	3.3162	2013-09-13 00:00:00
811	4	4	255	1586	5	2013-09-04 00:00:00	2013-09-13 00:00:00	43878.45	3510.276	1096.9613	2013-09-13 00:00:00
812	4	4	256	1500	1	2013-09-04 00:00:00	2013-09-13 00:00:00	418.95	33.516	10.4738	2013-09-13 00:00:00
813	4	4	259	1656	4	2013-09-04 00:00:00	2013-09-13 00:00:00	347.445	27.7956	8.6861	2013-09-13 00:00:00
814	4	4	260	1572	1	2013-09-04 00:00:00	2013-09-13 00:00:00	461.79	36.9432	11.5448	2013-09-13 00:00:00
815	4	4	258	1562	4	2013-09-04 00:00:00	2013-09-13 00:00:00	1112.265	88.9812	27.8066	2013-09-13 00:00:00
816	4	4	254	1662	2	2013-09-04 00:00:00	2013-09-13 00:00:00	37.0755	2.966	0.9269	2013-09-13 00:00:00
817	4	4	257	1682	4	2013-09-04 00:00:00	2013-09-13 00:00:00	21558.075	1724.646	538.9519	2013-09-13 00:00:00
818	4	4	261	1686	4	2013-09-04 00:00:00	2013-09-13 00:00:00	624.2985	49.9439	15.6075	2013-09-13 00:00:00
819	4	4	251	1684	5	2013-09-04 00:00:00	2013-09-13 00:00:00	86220.75	6897.66	2155.5188	2013-09-13 00:00:00
820	4	4	253	1534	5	2013-09-04 00:00:00	2013-09-13 00:00:00	429.345	34.3476	10.7336	2013-09-13 00:00:00
821	4	4	252	1614	5	2013-09-05 00:00:00	2013-09-14 00:00:00	564.8265	45.1861	14.1207	2013-09-14 00:00:00
822	4	4	256	1588	5	2013-09-05 00:00:00	2013-09-14 00:00:00	40471.2	3237.696	1011.78	2013-09-14 00:00:00
823	4	4	259	1622	5	2013-09-05 00:00:00	2013-09-14 00:00:00	427.455	34.1964	10.6864	2013-09-14 00:00:00
824	4	4	260	1632	5	2013-09-05 00:00:00	2013-09-14 00:00:00	38421.075	3073.686	960.5269	2013-09-14 00:00:00
825	4	4	258	1608	5	2013-09-05 00:00:00	2013-09-14 00:00:00	5948.25	475.86	148.7063	2013-09-14 00:00:00
826	4	4	254	1576	5	2013-09-05 00:00:00	2013-09-14 00:00:00	91117.95	7289.436	2277.9488	2013-09-14 00:00:00
827	4	4	257	1590	1	2013-09-05 00:00:00	2013-09-14 00:00:00	525	42	13.125	2013-09-14 00:00:00
828	4	4	261	1514	5	2013-09-05 00:00:00	2013-09-14 00:00:00	2003.6835	160.2947	50.0921	2013-09-14 00:00:00
829	5	4	251	1498	4	2013-09-05 00:00:00	2013-09-14 00:00:00	26455.275	2116.422	661.3819	2013-09-14 00:00:00
830	4	4	253	1674	2	2013-09-05 00:00:00	2013-09-14 00:00:00	944.37	75.5496	23.6093	2013-09-14 00:00:00
831	4	4	255	1652	4	2013-09-05 00:00:00	2013-09-14 00:00:00	51588.075	4127.046	1289.7019	2013-09-14 00:00:00
832	4	4	252	1578	3	2013-09-05 00:00:00	2013-09-14 00:00:00	36122.625	2889.81	903.0656	2013-09-14 00:00:00
833	4	4	259	1538	5	2013-09-05 00:00:00	2013-09-14 00:00:00	37843.575	3027.486	946.0894	2013-09-14 00:00:00
834	4	4	260	1556	4	2013-09-05 00:00:00	2013-09-14 00:00:00	25531.275	2042.502	638.2819	2013-09-14 00:00:00
835	4	4	258	1554	5	2013-09-05 00:00:00	2013-09-14 00:00:00	2061.7065	164.9365	51.5427	2013-09-14 00:00:00
836	4	4	250	1688	4	2013-09-05 00:00:00	2013-09-14 00:00:00	125.748	10.0598	3.1437	2013-09-14 00:00:00
837	4	4	257	1506	5	2013-09-06 00:00:00	2013-09-15 00:00:00	43878.45	3510.276	1096.9613	2013-09-15 00:00:00
838	4	4	261	1626	2	2013-09-06 00:00:00	2013-09-15 00:00:00	7132.125	570.57	178.3031	2013-09-15 00:00:00
839	4	4	251	1542	2	2013-09-06 00:00:00	2013-09-15 00:00:00	28343.7	2267.496	708.5925	2013-09-15 00:00:00
840	4	4	253	1610	4	2013-09-06 00:00:00	2013-09-15 00:00:00	22516.725	1801.338	562.9181	2013-09-15 00:00:00
841	4	4	257	1580	5	2013-09-08 00:00:00	2013-09-17 00:00:00	150.7905	12.0632	3.7698	2013-09-17 00:00:00
842	4	4	261	1496	4	2013-09-08 00:00:00	2013-09-17 00:00:00	235.9035	18.8723	5.8976	2013-09-17 00:00:00
843	4	4	251	1494	2	2013-09-08 00:00:00	2013-09-17 00:00:00	8847.3	707.784	221.1825	2013-09-17 00:00:00
844	4	4	253	1650	5	2013-09-08 00:00:00	2013-09-17 00:00:00	171.0765	13.6861	4.2769	2013-09-17 00:00:00
845	7	4	255	1654	4	2013-09-08 00:00:00	2013-09-17 00:00:00	20397.3	1631.784	509.9325	2013-09-17 00:00:00
846	4	4	256	1664	3	2013-09-08 00:00:00	2013-09-17 00:00:00	14628.075	1170.246	365.7019	2013-09-17 00:00:00
847	4	4	259	1678	4	2013-09-08 00:00:00	2013-09-17 00:00:00	25334.925	2026.794	633.3731	2013-09-17 00:00:00
848	4	4	260	1616	5	2013-09-08 00:00:00	2013-09-17 00:00:00	693.378	55.4702	17.3345	2013-09-17 00:00:00
849	4	4	258	1492	5	2013-09-08 00:00:00	2013-09-17 00:00:00	694.1655	55.5332	17.3541	2013-09-17 00:00:00
850	4	4	254	1602	5	2013-09-08 00:00:00	2013-09-17 00:00:00	1796.0355	143.6828	44.9009	2013-09-17 00:00:00
851	4	4	257	1540	4	2013-09-08 00:00:00	2013-09-17 00:00:00	463.3965	37.0717	11.5849	2013-09-17 00:00:00
852	4	4	261	1628	5	2013-09-08 00:00:00	2013-09-17 00:00:00	34644.225	2771.538	866.1056	2013-09-17 00:00:00
853	4	4	251	1604	4	2013-09-08 00:00:00	2013-09-17 00:00:00	1839.5055	147.1604	45.9876	2013-09-17 00:00:00
854	4	4	253	1690	5	2013-09-08 00:00:00	2013-09-17 00:00:00	146.286	11.7029	3.6572	2013-09-17 00:00:00
855	4	4	255	1566	5	2013-09-08 00:00:00	2013-09-17 00:00:00	102.564	8.2051	2.5641	2013-09-17 00:00:00
856	4	4	256	1698	5	2013-09-08 00:00:00	2013-09-17 00:00:00	150.7905	12.0632	3.7698	2013-09-17 00:00:00
857	4	4	259	1560	5	2013-09-09 00:00:00	2013-09-18 00:00:00	13669.425	1093.554	341.7356	2013-09-18 00:00:00
858	4	4	250	1692	5	2013-09-09 00:00:00	2013-09-18 00:00:00	16393.23	1311.4584	409.8308	2013-09-18 00:00:00
859	4	4	258	1696	5	2013-09-09 00:00:00	2013-09-18 00:00:00	39258.45	3140.676	981.4613	2013-09-18 00:00:00
860	4	4	254	1504	1	2013-09-09 00:00:00	2013-09-18 00:00:00	551.88	44.1504	13.797	2013-09-18 00:00:00
861	4	4	257	1544	1	2013-09-09 00:00:00	2013-09-18 00:00:00	6987.75	559.02	174.6938	2013-09-18 00:00:00
862	4	4	261	1530	2	2013-09-09 00:00:00	2013-09-18 00:00:00	28072.275	2245.782	701.8069	2013-09-18 00:00:00
863	4	4	251	1508	1	2013-09-09 00:00:00	2013-09-18 00:00:00	37312.275	2984.982	932.8069	2013-09-18 00:00:00
864	4	4	253	1694	1	2013-09-09 00:00:00	2013-09-18 00:00:00	4215.75	337.26	105.3938	2013-09-18 00:00:00
865	4	4	255	1624	2	2013-09-09 00:00:00	2013-09-18 00:00:00	28297.5	2263.8	707.4375	2013-09-18 00:00:00
866	4	4	256	1548	2	2013-09-09 00:00:00	2013-09-18 00:00:00	59.9445	4.7956	1.4986	2013-09-18 00:00:00
867	4	4	259	1598	4	2013-09-09 00:00:00	2013-09-18 00:00:00	697.41	55.7928	17.4353	2013-09-18 00:00:00
868	4	4	260	1658	5	2013-09-09 00:00:00	2013-09-18 00:00:00	43878.45	3510.276	1096.9613	2013-09-18 00:00:00
869	4	4	250	1536	4	2013-09-09 00:00:00	2013-09-18 00:00:00	636.5835	50.9267	15.9146	2013-09-18 00:00:00
870	4	4	254	1568	1	2013-09-09 00:00:00	2013-09-18 00:00:00	13929.3	1114.344	348.2325	2013-09-18 00:00:00
871	5	4	257	1648	5	2013-09-09 00:00:00	2013-09-18 00:00:00	142.4115	11.3929	3.5603	2013-09-18 00:00:00
872	4	4	261	1646	2	2013-09-09 00:00:00	2013-09-18 00:00:00	28794.15	2303.532	719.8538	2013-09-18 00:00:00
873	4	4	251	1672	4	2013-09-10 00:00:00	2013-09-19 00:00:00	402.255	32.1804	10.0564	2013-09-19 00:00:00
874	4	4	253	1600	1	2013-09-10 00:00:00	2013-09-19 00:00:00	1276.275	102.102	31.9069	2013-09-19 00:00:00
875	4	4	255	1522	1	2013-09-10 00:00:00	2013-09-19 00:00:00	2003.925	160.314	50.0981	2013-09-19 00:00:00
876	4	4	256	1570	2	2013-09-10 00:00:00	2013-09-19 00:00:00	50860.425	4068.834	1271.5106	2013-09-19 00:00:00
877	4	4	259	1516	1	2013-09-10 00:00:00	2013-09-19 00:00:00	454.86	36.3888	11.3715	2013-09-19 00:00:00
878	4	4	260	1506	5	2013-09-10 00:00:00	2013-09-19 00:00:00	43878.45	3510.276	1096.9613	2013-09-19 00:00:00
879	4	4	258	1626	2	2013-09-10 00:00:00	2013-09-19 00:00:00	7132.125	570.57	178.3031	2013-09-19 00:00:00
880	4	4	254	1542	2	2013-09-10 00:00:00	2013-09-19 00:00:00	28343.7	2267.496	708.5925	2013-09-19 00:00:00
881	4	4	257	1610	4	2013-09-10 00:00:00	2013-09-19 00:00:00	22516.725	1801.338	562.9181	2013-09-19 00:00:00
882	4	4	261	1638	5	2013-09-10 00:00:00	2013-09-19 00:00:00	34644.225	2771.538	866.1056	2013-09-19 00:00:00
883	4	4	251	1582	4	2013-09-10 00:00:00	2013-09-19 00:00:00	409.0275	32.7222	10.2257	2013-09-19 00:00:00
884	4	4	253	1510	5	2013-09-10 00:00:00	2013-09-19 00:00:00	143.0415	11.4433	3.576	2013-09-19 00:00:00
885	4	4	255	1526	2	2013-09-10 00:00:00	2013-09-19 00:00:00	28199.325	2255.946	704.9831	2013-09-19 00:00:00
886	4	4	256	1644	1	2013-09-10 00:00:00	2013-09-19 00:00:00	3713.325	297.066	92.8331	2013-09-19 00:00:00
887	4	4	252	1680	4	2013-09-10 00:00:00	2013-09-19 00:00:00	19952.625	1596.21	498.8156	2013-09-19 00:00:00
888	4	4	260	1584	5	2013-09-10 00:00:00	2013-09-19 00:00:00	16340.31	1307.2248	408.5078	2013-09-19 00:00:00
889	4	4	258	1620	5	2013-09-11 00:00:00	2013-09-20 00:00:00	5711.475	456.918	142.7869	2013-09-20 00:00:00
890	5	4	254	1666	4	2013-09-11 00:00:00	2013-09-20 00:00:00	378.945	30.3156	9.4736	2013-09-20 00:00:00
891	4	4	257	1592	2	2013-09-11 00:00:00	2013-09-20 00:00:00	97.965	7.8372	2.4491	2013-09-20 00:00:00
892	4	4	261	1618	4	2013-09-11 00:00:00	2013-09-20 00:00:00	114.471	9.1577	2.8618	2013-09-20 00:00:00
893	4	4	250	1612	4	2013-09-11 00:00:00	2013-09-20 00:00:00	132.6465	10.6117	3.3162	2013-09-20 00:00:00
894	4	4	253	1586	5	2013-09-11 00:00:00	2013-09-20 00:00:00	43878.45	3510.276	1096.9613	2013-09-20 00:00:00
895	4	4	255	1500	1	2013-09-11 00:00:00	2013-09-20 00:00:00	418.95	33.516	10.4738	2013-09-20 00:00:00
896	4	4	256	1656	5	2013-09-11 00:00:00	2013-09-20 00:00:00	564.1965	45.1357	14.1049	2013-09-20 00:00:00
897	4	4	259	1572	1	2013-09-11 00:00:00	2013-09-20 00:00:00	461.79	36.9432	11.5448	2013-09-20 00:00:00
898	4	4	260	1562	4	2013-09-11 00:00:00	2013-09-20 00:00:00	630.378	50.4302	15.7595	2013-09-20 00:00:00
899	4	4	258	1662	2	2013-09-11 00:00:00	2013-09-20 00:00:00	37.0755	2.966	0.9269	2013-09-20 00:00:00
900	4	4	254	1682	4	2013-09-11 00:00:00	2013-09-20 00:00:00	21558.075	1724.646	538.9519	2013-09-20 00:00:00
901	4	4	252	1686	4	2013-09-11 00:00:00	2013-09-20 00:00:00	450.1665	36.0133	11.2542	2013-09-20 00:00:00
902	4	4	261	1684	5	2013-09-11 00:00:00	2013-09-20 00:00:00	41048.7	3283.896	1026.2175	2013-09-20 00:00:00
903	4	4	251	1534	4	2013-09-11 00:00:00	2013-09-20 00:00:00	410.445	32.8356	10.2611	2013-09-20 00:00:00
904	4	4	253	1614	4	2013-09-11 00:00:00	2013-09-20 00:00:00	273.0735	21.8459	6.8268	2013-09-20 00:00:00
905	4	4	255	1638	5	2013-09-12 00:00:00	2013-09-21 00:00:00	34644.225	2771.538	866.1056	2013-09-21 00:00:00
906	4	4	256	1582	4	2013-09-12 00:00:00	2013-09-21 00:00:00	513.7965	41.1037	12.8449	2013-09-21 00:00:00
907	4	4	252	1510	5	2013-09-12 00:00:00	2013-09-21 00:00:00	143.0415	11.4433	3.576	2013-09-21 00:00:00
908	4	4	260	1526	2	2013-09-12 00:00:00	2013-09-21 00:00:00	28199.325	2255.946	704.9831	2013-09-21 00:00:00
909	4	4	255	1588	5	2013-09-15 00:00:00	2013-09-24 00:00:00	40471.2	3237.696	1011.78	2013-09-24 00:00:00
910	4	4	256	1622	4	2013-09-15 00:00:00	2013-09-24 00:00:00	408.555	32.6844	10.2139	2013-09-24 00:00:00
911	4	4	259	1632	4	2013-09-15 00:00:00	2013-09-24 00:00:00	23671.725	1893.738	591.7931	2013-09-24 00:00:00
912	5	4	260	1608	5	2013-09-15 00:00:00	2013-09-24 00:00:00	5948.25	475.86	148.7063	2013-09-24 00:00:00
913	5	4	258	1576	5	2013-09-15 00:00:00	2013-09-24 00:00:00	91117.95	7289.436	2277.9488	2013-09-24 00:00:00
914	4	4	254	1590	1	2013-09-15 00:00:00	2013-09-24 00:00:00	525	42	13.125	2013-09-24 00:00:00
915	4	4	257	1514	5	2013-09-15 00:00:00	2013-09-24 00:00:00	2003.6835	160.2947	50.0921	2013-09-24 00:00:00
916	4	4	261	1498	4	2013-09-15 00:00:00	2013-09-24 00:00:00	26455.275	2116.422	661.3819	2013-09-24 00:00:00
917	4	4	251	1674	2	2013-09-15 00:00:00	2013-09-24 00:00:00	944.37	75.5496	23.6093	2013-09-24 00:00:00
918	4	4	253	1652	4	2013-09-15 00:00:00	2013-09-24 00:00:00	51588.075	4127.046	1289.7019	2013-09-24 00:00:00
919	4	4	255	1578	5	2013-09-15 00:00:00	2013-09-24 00:00:00	26720.925	2137.674	668.0231	2013-09-24 00:00:00
920	4	4	256	1538	5	2013-09-15 00:00:00	2013-09-24 00:00:00	37843.575	3027.486	946.0894	2013-09-24 00:00:00
921	4	4	259	1556	4	2013-09-15 00:00:00	2013-09-24 00:00:00	25531.275	2042.502	638.2819	2013-09-24 00:00:00
922	4	4	260	1554	5	2013-09-15 00:00:00	2013-09-24 00:00:00	278.838	22.307	6.971	2013-09-24 00:00:00
923	4	4	258	1688	4	2013-09-15 00:00:00	2013-09-24 00:00:00	125.748	10.0598	3.1437	2013-09-24 00:00:00
924	4	4	254	1580	5	2013-09-15 00:00:00	2013-09-24 00:00:00	150.7905	12.0632	3.7698	2013-09-24 00:00:00
925	4	4	257	1496	5	2013-09-17 00:00:00	2013-09-26 00:00:00	2069.2665	165.5413	51.7317	2013-09-26 00:00:00
926	4	4	261	1494	2	2013-09-17 00:00:00	2013-09-26 00:00:00	8847.3	707.784	221.1825	2013-09-26 00:00:00
927	4	4	251	1650	5	2013-09-17 00:00:00	2013-09-26 00:00:00	171.0765	13.6861	4.2769	2013-09-26 00:00:00
928	4	4	253	1654	4	2013-09-17 00:00:00	2013-09-26 00:00:00	20397.3	1631.784	509.9325	2013-09-26 00:00:00
929	4	4	252	1664	3	2013-09-18 00:00:00	2013-09-27 00:00:00	14628.075	1170.246	365.7019	2013-09-27 00:00:00
930	4	4	256	1678	3	2013-09-18 00:00:00	2013-09-27 00:00:00	58685.55	4694.844	1467.1388	2013-09-27 00:00:00
931	4	4	259	1616	5	2013-09-18 00:00:00	2013-09-27 00:00:00	532.287	42.583	13.3072	2013-09-27 00:00:00
932	4	4	260	1492	5	2013-09-18 00:00:00	2013-09-27 00:00:00	272.7585	21.8207	6.819	2013-09-27 00:00:00
933	4	4	258	1602	5	2013-09-18 00:00:00	2013-09-27 00:00:00	1796.0355	143.6828	44.9009	2013-09-27 00:00:00
934	4	4	254	1540	5	2013-09-18 00:00:00	2013-09-27 00:00:00	279.783	22.3826	6.9946	2013-09-27 00:00:00
935	4	4	257	1628	5	2013-09-18 00:00:00	2013-09-27 00:00:00	34644.225	2771.538	866.1056	2013-09-27 00:00:00
936	4	4	261	1604	4	2013-09-18 00:00:00	2013-09-27 00:00:00	1839.5055	147.1604	45.9876	2013-09-27 00:00:00
937	4	4	251	1690	5	2013-09-18 00:00:00	2013-09-27 00:00:00	146.286	11.7029	3.6572	2013-09-27 00:00:00
938	4	4	253	1566	5	2013-09-18 00:00:00	2013-09-27 00:00:00	102.564	8.2051	2.5641	2013-09-27 00:00:00
939	4	4	255	1698	5	2013-09-18 00:00:00	2013-09-27 00:00:00	150.7905	12.0632	3.7698	2013-09-27 00:00:00
940	4	4	252	1560	5	2013-09-18 00:00:00	2013-09-27 00:00:00	13669.425	1093.554	341.7356	2013-09-27 00:00:00
941	4	4	259	1692	5	2013-09-18 00:00:00	2013-09-27 00:00:00	13458.69	1076.6952	336.4673	2013-09-27 00:00:00
942	4	4	260	1696	2	2013-09-18 00:00:00	2013-09-27 00:00:00	28343.7	2267.496	708.5925	2013-09-27 00:00:00
943	4	4	258	1504	1	2013-09-18 00:00:00	2013-09-27 00:00:00	551.88	44.1504	13.797	2013-09-27 00:00:00
944	4	3	250	1544	1	2013-09-18 00:00:00	2013-09-27 00:00:00	3811.5	304.92	95.2875	2013-09-27 00:00:00
945	4	4	257	1530	2	2013-09-20 00:00:00	2013-09-29 00:00:00	28072.275	2245.782	701.8069	2013-09-29 00:00:00
946	4	4	261	1508	1	2013-09-20 00:00:00	2013-09-29 00:00:00	37312.275	2984.982	932.8069	2013-09-29 00:00:00
947	4	4	251	1694	1	2013-09-20 00:00:00	2013-09-29 00:00:00	3407.25	272.58	85.1813	2013-09-29 00:00:00
948	4	4	253	1624	2	2013-09-20 00:00:00	2013-09-29 00:00:00	28297.5	2263.8	707.4375	2013-09-29 00:00:00
949	4	4	255	1548	2	2013-09-22 00:00:00	2013-10-01 00:00:00	59.9445	4.7956	1.4986	2013-10-01 00:00:00
950	4	4	256	1598	4	2013-09-22 00:00:00	2013-10-01 00:00:00	117.432	9.3946	2.9358	2013-10-01 00:00:00
951	4	4	259	1658	5	2013-09-22 00:00:00	2013-10-01 00:00:00	43878.45	3510.276	1096.9613	2013-10-01 00:00:00
952	4	4	260	1536	5	2013-09-22 00:00:00	2013-10-01 00:00:00	142.632	11.4106	3.5658	2013-10-01 00:00:00
953	4	4	258	1568	1	2013-09-22 00:00:00	2013-10-01 00:00:00	12300.75	984.06	307.5188	2013-10-01 00:00:00
954	4	4	254	1648	5	2013-09-22 00:00:00	2013-10-01 00:00:00	142.4115	11.3929	3.5603	2013-10-01 00:00:00
955	4	4	257	1646	5	2013-09-22 00:00:00	2013-10-01 00:00:00	19236.525	1538.922	480.9131	2013-10-01 00:00:00
956	4	4	261	1672	4	2013-09-22 00:00:00	2013-10-01 00:00:00	50983.9365	4078.7149	1274.5984	2013-10-01 00:00:00
957	4	4	251	1600	1	2013-09-22 00:00:00	2013-10-01 00:00:00	1276.275	102.102	31.9069	2013-10-01 00:00:00
958	4	4	253	1522	1	2013-09-22 00:00:00	2013-10-01 00:00:00	2003.925	160.314	50.0981	2013-10-01 00:00:00
959	4	4	255	1570	2	2013-09-22 00:00:00	2013-10-01 00:00:00	50860.425	4068.834	1271.5106	2013-10-01 00:00:00
960	4	4	256	1516	1	2013-09-22 00:00:00	2013-10-01 00:00:00	454.86	36.3888	11.3715	2013-10-01 00:00:00
961	4	4	259	1506	5	2013-09-22 00:00:00	2013-10-01 00:00:00	43878.45	3510.276	1096.9613	2013-10-01 00:00:00
962	4	4	250	1626	2	2013-09-22 00:00:00	2013-10-01 00:00:00	7132.125	570.57	178.3031	2013-10-01 00:00:00
963	4	4	258	1542	2	2013-09-22 00:00:00	2013-10-01 00:00:00	28343.7	2267.496	708.5925	2013-10-01 00:00:00
964	4	4	254	1610	4	2013-09-22 00:00:00	2013-10-01 00:00:00	22516.725	1801.338	562.9181	2013-10-01 00:00:00
965	4	4	258	1644	1	2013-09-26 00:00:00	2013-10-05 00:00:00	3713.325	297.066	92.8331	2013-10-05 00:00:00
966	4	4	254	1680	5	2013-09-26 00:00:00	2013-10-05 00:00:00	63831.075	5106.486	1595.7769	2013-10-05 00:00:00
967	4	4	257	1584	5	2013-09-26 00:00:00	2013-10-05 00:00:00	16340.31	1307.2248	408.5078	2013-10-05 00:00:00
968	4	4	261	1620	5	2013-09-26 00:00:00	2013-10-05 00:00:00	5711.475	456.918	142.7869	2013-10-05 00:00:00
969	4	4	257	1638	5	2013-09-26 00:00:00	2013-10-05 00:00:00	34644.225	2771.538	866.1056	2013-10-05 00:00:00
970	4	4	261	1582	4	2013-09-26 00:00:00	2013-10-05 00:00:00	364.9275	29.1942	9.1232	2013-10-05 00:00:00
971	5	4	251	1510	5	2013-09-26 00:00:00	2013-10-05 00:00:00	143.0415	11.4433	3.576	2013-10-05 00:00:00
972	4	4	253	1526	2	2013-09-26 00:00:00	2013-10-05 00:00:00	28199.325	2255.946	704.9831	2013-10-05 00:00:00
973	4	4	250	1666	4	2013-09-27 00:00:00	2013-10-06 00:00:00	360.045	28.8036	9.0011	2013-10-06 00:00:00
974	4	4	253	1592	2	2013-09-27 00:00:00	2013-10-06 00:00:00	97.965	7.8372	2.4491	2013-10-06 00:00:00
975	5	4	255	1618	4	2013-09-27 00:00:00	2013-10-06 00:00:00	114.471	9.1577	2.8618	2013-10-06 00:00:00
976	4	4	256	1612	4	2013-09-27 00:00:00	2013-10-06 00:00:00	132.6465	10.6117	3.3162	2013-10-06 00:00:00
977	4	4	255	1644	1	2013-09-29 00:00:00	2013-10-08 00:00:00	3713.325	297.066	92.8331	2013-10-08 00:00:00
978	4	4	256	1680	5	2013-09-29 00:00:00	2013-10-08 00:00:00	63831.075	5106.486	1595.7769	2013-10-08 00:00:00
979	4	4	259	1584	5	2013-09-29 00:00:00	2013-10-08 00:00:00	16340.31	1307.2248	408.5078	2013-10-08 00:00:00
980	4	4	260	1620	5	2013-09-29 00:00:00	2013-10-08 00:00:00	5711.475	456.918	142.7869	2013-10-08 00:00:00
981	4	4	250	1666	4	2013-09-29 00:00:00	2013-10-08 00:00:00	235.9035	18.8723	5.8976	2013-10-08 00:00:00
982	4	4	254	1592	2	2013-09-29 00:00:00	2013-10-08 00:00:00	97.965	7.8372	2.4491	2013-10-08 00:00:00
983	4	4	257	1618	4	2013-09-29 00:00:00	2013-10-08 00:00:00	114.471	9.1577	2.8618	2013-10-08 00:00:00
984	4	3	261	1612	4	2013-09-29 00:00:00	2013-10-08 00:00:00	132.6465	10.6117	3.3162	2013-10-08 00:00:00
985	4	4	251	1586	5	2013-09-29 00:00:00	2013-10-08 00:00:00	43878.45	3510.276	1096.9613	2013-10-08 00:00:00
986	4	4	253	1500	1	2013-09-29 00:00:00	2013-10-08 00:00:00	418.95	33.516	10.4738	2013-10-08 00:00:00
987	4	4	255	1656	4	2013-09-29 00:00:00	2013-10-08 00:00:00	402.7275	32.2182	10.0682	2013-10-08 00:00:00
988	4	4	256	1572	1	2013-09-29 00:00:00	2013-10-08 00:00:00	461.79	36.9432	11.5448	2013-10-08 00:00:00
989	4	4	259	1562	4	2013-09-29 00:00:00	2013-10-08 00:00:00	592.7985	47.4239	14.82	2013-10-08 00:00:00
990	4	4	260	1662	2	2013-09-29 00:00:00	2013-10-08 00:00:00	37.0755	2.966	0.9269	2013-10-08 00:00:00
991	4	4	258	1682	4	2013-09-29 00:00:00	2013-10-08 00:00:00	21558.075	1724.646	538.9519	2013-10-08 00:00:00
992	4	4	254	1686	4	2013-09-29 00:00:00	2013-10-08 00:00:00	260.1585	20.8127	6.504	2013-10-08 00:00:00
993	4	4	257	1684	4	2013-09-30 00:00:00	2013-10-09 00:00:00	45172.05	3613.764	1129.3013	2013-10-09 00:00:00
994	4	3	261	1534	4	2013-09-30 00:00:00	2013-10-09 00:00:00	254.583	20.3666	6.3646	2013-10-09 00:00:00
995	4	4	251	1614	4	2013-09-30 00:00:00	2013-10-09 00:00:00	390.6	31.248	9.765	2013-10-09 00:00:00
996	4	4	253	1588	5	2013-09-30 00:00:00	2013-10-09 00:00:00	40471.2	3237.696	1011.78	2013-10-09 00:00:00
997	4	4	255	1622	4	2013-10-06 00:00:00	2013-10-15 00:00:00	389.655	31.1724	9.7414	2013-10-15 00:00:00
998	4	4	256	1632	5	2013-10-06 00:00:00	2013-10-15 00:00:00	62092.8	4967.424	1552.32	2013-10-15 00:00:00
999	4	4	252	1608	5	2013-10-06 00:00:00	2013-10-15 00:00:00	5948.25	475.86	148.7063	2013-10-15 00:00:00
1000	4	4	260	1576	5	2013-10-06 00:00:00	2013-10-15 00:00:00	91117.95	7289.436	2277.9488	2013-10-15 00:00:00
1001	4	4	258	1590	1	2013-10-06 00:00:00	2013-10-15 00:00:00	525	42	13.125	2013-10-15 00:00:00
1002	4	4	254	1514	5	2013-10-06 00:00:00	2013-10-15 00:00:00	281.8935	22.5515	7.0473	2013-10-15 00:00:00
1003	4	4	257	1498	4	2013-10-06 00:00:00	2013-10-15 00:00:00	26455.275	2116.422	661.3819	2013-10-15 00:00:00
1004	4	3	261	1674	2	2013-10-06 00:00:00	2013-10-15 00:00:00	944.37	75.5496	23.6093	2013-10-15 00:00:00
1005	4	4	250	1652	4	2013-10-06 00:00:00	2013-10-15 00:00:00	51588.075	4127.046	1289.7019	2013-10-15 00:00:00
1006	4	4	253	1578	3	2013-10-06 00:00:00	2013-10-15 00:00:00	62843.55	5027.484	1571.0888	2013-10-15 00:00:00
1007	4	4	255	1538	5	2013-10-06 00:00:00	2013-10-15 00:00:00	37843.575	3027.486	946.0894	2013-10-15 00:00:00
1008	4	4	256	1556	4	2013-10-06 00:00:00	2013-10-15 00:00:00	25531.275	2042.502	638.2819	2013-10-15 00:00:00
1009	4	4	259	1554	5	2013-10-06 00:00:00	2013-10-15 00:00:00	688.086	55.0469	17.2022	2013-10-15 00:00:00
1010	4	4	260	1688	4	2013-10-06 00:00:00	2013-10-15 00:00:00	125.748	10.0598	3.1437	2013-10-15 00:00:00
1011	4	4	258	1580	5	2013-10-06 00:00:00	2013-10-15 00:00:00	150.7905	12.0632	3.7698	2013-10-15 00:00:00
1012	4	4	254	1496	5	2013-10-06 00:00:00	2013-10-15 00:00:00	279.783	22.3826	6.9946	2013-10-15 00:00:00
1013	7	4	259	1586	5	2013-10-10 00:00:00	2013-10-19 00:00:00	43878.45	3510.276	1096.9613	2013-10-19 00:00:00
1014	4	4	260	1500	1	2013-10-10 00:00:00	2013-10-19 00:00:00	418.95	33.516	10.4738	2013-10-19 00:00:00
1015	4	4	258	1656	4	2013-10-10 00:00:00	2013-10-19 00:00:00	3939.012	315.121	98.4753	2013-10-19 00:00:00
1016	4	4	254	1572	1	2013-10-10 00:00:00	2013-10-19 00:00:00	461.79	36.9432	11.5448	2013-10-19 00:00:00
1017	4	4	252	1562	4	2013-10-10 00:00:00	2013-10-19 00:00:00	797.895	63.8316	19.9474	2013-10-19 00:00:00
1018	4	4	261	1662	2	2013-10-10 00:00:00	2013-10-19 00:00:00	37.0755	2.966	0.9269	2013-10-19 00:00:00
1019	4	4	251	1682	4	2013-10-10 00:00:00	2013-10-19 00:00:00	21558.075	1724.646	538.9519	2013-10-19 00:00:00
1020	4	4	253	1686	4	2013-10-10 00:00:00	2013-10-19 00:00:00	422.1	33.768	10.5525	2013-10-19 00:00:00
1021	4	4	255	1684	5	2013-10-10 00:00:00	2013-10-19 00:00:00	86220.75	6897.66	2155.5188	2013-10-19 00:00:00
1022	4	4	256	1534	4	2013-10-10 00:00:00	2013-10-19 00:00:00	261.1035	20.8883	6.5276	2013-10-19 00:00:00
1023	4	4	259	1614	5	2013-10-10 00:00:00	2013-10-19 00:00:00	428.4	34.272	10.71	2013-10-19 00:00:00
1024	5	4	260	1588	5	2013-10-10 00:00:00	2013-10-19 00:00:00	40471.2	3237.696	1011.78	2013-10-19 00:00:00
1025	4	4	252	1494	2	2013-10-13 00:00:00	2013-10-22 00:00:00	8847.3	707.784	221.1825	2013-10-22 00:00:00
1026	4	4	261	1650	5	2013-10-13 00:00:00	2013-10-22 00:00:00	171.0765	13.6861	4.2769	2013-10-22 00:00:00
1027	4	4	251	1654	4	2013-10-13 00:00:00	2013-10-22 00:00:00	20397.3	1631.784	509.9325	2013-10-22 00:00:00
1028	4	4	253	1664	3	2013-10-13 00:00:00	2013-10-22 00:00:00	14628.075	1170.246	365.7019	2013-10-22 00:00:00
1029	4	4	255	1678	3	2013-10-13 00:00:00	2013-10-22 00:00:00	58685.55	4694.844	1467.1388	2013-10-22 00:00:00
1030	4	4	256	1616	4	2013-10-13 00:00:00	2013-10-22 00:00:00	370.755	29.6604	9.2689	2013-10-22 00:00:00
1031	4	4	259	1492	4	2013-10-13 00:00:00	2013-10-22 00:00:00	501.1965	40.0957	12.5299	2013-10-22 00:00:00
1032	4	4	260	1602	5	2013-10-13 00:00:00	2013-10-22 00:00:00	270.8055	21.6644	6.7701	2013-10-22 00:00:00
1033	4	4	258	1540	5	2013-10-13 00:00:00	2013-10-22 00:00:00	416.745	33.3396	10.4186	2013-10-22 00:00:00
1034	4	4	254	1628	5	2013-10-13 00:00:00	2013-10-22 00:00:00	34644.225	2771.538	866.1056	2013-10-22 00:00:00
1035	4	4	257	1604	4	2013-10-13 00:00:00	2013-10-22 00:00:00	1839.5055	147.1604	45.9876	2013-10-22 00:00:00
1036	4	4	261	1690	5	2013-10-13 00:00:00	2013-10-22 00:00:00	146.286	11.7029	3.6572	2013-10-22 00:00:00
1037	4	4	251	1566	5	2013-10-13 00:00:00	2013-10-22 00:00:00	102.564	8.2051	2.5641	2013-10-22 00:00:00
1038	4	4	253	1698	5	2013-10-13 00:00:00	2013-10-22 00:00:00	150.7905	12.0632	3.7698	2013-10-22 00:00:00
1039	4	4	255	1560	5	2013-10-13 00:00:00	2013-10-22 00:00:00	13669.425	1093.554	341.7356	2013-10-22 00:00:00
1040	4	4	256	1692	5	2013-10-13 00:00:00	2013-10-22 00:00:00	2934.54	234.7632	73.3635	2013-10-22 00:00:00
1041	4	4	259	1696	4	2013-10-14 00:00:00	2013-10-23 00:00:00	73377.15	5870.172	1834.4288	2013-10-23 00:00:00
1042	4	4	260	1504	1	2013-10-14 00:00:00	2013-10-23 00:00:00	551.88	44.1504	13.797	2013-10-23 00:00:00
1043	4	4	258	1544	1	2013-10-14 00:00:00	2013-10-23 00:00:00	3176.25	254.1	79.4063	2013-10-23 00:00:00
1044	4	4	254	1530	2	2013-10-14 00:00:00	2013-10-23 00:00:00	28072.275	2245.782	701.8069	2013-10-23 00:00:00
1045	4	4	257	1508	1	2013-10-14 00:00:00	2013-10-23 00:00:00	37312.275	2984.982	932.8069	2013-10-23 00:00:00
1046	4	4	261	1694	1	2013-10-14 00:00:00	2013-10-23 00:00:00	7623	609.84	190.575	2013-10-23 00:00:00
1047	4	4	251	1624	2	2013-10-14 00:00:00	2013-10-23 00:00:00	28297.5	2263.8	707.4375	2013-10-23 00:00:00
1048	4	4	253	1548	2	2013-10-14 00:00:00	2013-10-23 00:00:00	59.9445	4.7956	1.4986	2013-10-23 00:00:00
1049	4	4	252	1598	4	2013-10-14 00:00:00	2013-10-23 00:00:00	598.878	47.9102	14.972	2013-10-23 00:00:00
1050	4	4	256	1658	5	2013-10-14 00:00:00	2013-10-23 00:00:00	43878.45	3510.276	1096.9613	2013-10-23 00:00:00
1051	4	4	259	1536	4	2013-10-14 00:00:00	2013-10-23 00:00:00	481.887	38.551	12.0472	2013-10-23 00:00:00
1052	4	4	260	1568	1	2013-10-14 00:00:00	2013-10-23 00:00:00	10631.775	850.542	265.7944	2013-10-23 00:00:00
1053	4	4	258	1648	5	2013-10-14 00:00:00	2013-10-23 00:00:00	142.4115	11.3929	3.5603	2013-10-23 00:00:00
1054	4	4	254	1646	2	2013-10-14 00:00:00	2013-10-23 00:00:00	28794.15	2303.532	719.8538	2013-10-23 00:00:00
1055	4	4	257	1672	4	2013-10-14 00:00:00	2013-10-23 00:00:00	51807.3465	4144.5877	1295.1837	2013-10-23 00:00:00
1056	4	4	261	1600	1	2013-10-14 00:00:00	2013-10-23 00:00:00	1276.275	102.102	31.9069	2013-10-23 00:00:00
1057	4	4	258	1622	5	2013-10-15 00:00:00	2013-10-24 00:00:00	836.01	66.8808	20.9003	2013-10-24 00:00:00
1058	4	4	254	1632	5	2013-10-15 00:00:00	2013-10-24 00:00:00	62092.8	4967.424	1552.32	2013-10-24 00:00:00
1059	5	4	257	1608	5	2013-10-15 00:00:00	2013-10-24 00:00:00	5948.25	475.86	148.7063	2013-10-24 00:00:00
1060	4	4	261	1576	5	2013-10-15 00:00:00	2013-10-24 00:00:00	91117.95	7289.436	2277.9488	2013-10-24 00:00:00
1061	4	4	251	1590	1	2013-10-15 00:00:00	2013-10-24 00:00:00	525	42	13.125	2013-10-24 00:00:00
1062	4	4	253	1514	3	2013-10-15 00:00:00	2013-10-24 00:00:00	1721.79	137.7432	43.0448	2013-10-24 00:00:00
1063	4	4	255	1498	4	2013-10-15 00:00:00	2013-10-24 00:00:00	26455.275	2116.422	661.3819	2013-10-24 00:00:00
1064	4	4	256	1674	2	2013-10-15 00:00:00	2013-10-24 00:00:00	944.37	75.5496	23.6093	2013-10-24 00:00:00
1065	4	4	251	1522	1	2013-10-20 00:00:00	2013-10-29 00:00:00	2003.925	160.314	50.0981	2013-10-29 00:00:00
1066	4	4	253	1570	2	2013-10-20 00:00:00	2013-10-29 00:00:00	50860.425	4068.834	1271.5106	2013-10-29 00:00:00
1067	4	4	255	1516	1	2013-10-20 00:00:00	2013-10-29 00:00:00	454.86	36.3888	11.3715	2013-10-29 00:00:00
1068	4	4	252	1506	5	2013-10-20 00:00:00	2013-10-29 00:00:00	43878.45	3510.276	1096.9613	2013-10-29 00:00:00
1069	4	4	259	1626	2	2013-10-20 00:00:00	2013-10-29 00:00:00	7132.125	570.57	178.3031	2013-10-29 00:00:00
1070	4	4	260	1542	2	2013-10-20 00:00:00	2013-10-29 00:00:00	28343.7	2267.496	708.5925	2013-10-29 00:00:00
1071	4	4	258	1610	4	2013-10-20 00:00:00	2013-10-29 00:00:00	22516.725	1801.338	562.9181	2013-10-29 00:00:00
1072	4	4	250	1638	5	2013-10-20 00:00:00	2013-10-29 00:00:00	34644.225	2771.538	866.1056	2013-10-29 00:00:00
1073	4	4	257	1582	5	2013-10-20 00:00:00	2013-10-29 00:00:00	427.9275	34.2342	10.6982	2013-10-29 00:00:00
1074	4	3	261	1510	5	2013-10-20 00:00:00	2013-10-29 00:00:00	143.0415	11.4433	3.576	2013-10-29 00:00:00
1075	4	4	251	1526	2	2013-10-20 00:00:00	2013-10-29 00:00:00	28199.325	2255.946	704.9831	2013-10-29 00:00:00
1076	4	4	253	1644	1	2013-10-20 00:00:00	2013-10-29 00:00:00	3713.325	297.066	92.8331	2013-10-29 00:00:00
1077	4	4	255	1680	5	2013-10-20 00:00:00	2013-10-29 00:00:00	63831.075	5106.486	1595.7769	2013-10-29 00:00:00
1078	4	4	256	1584	5	2013-10-20 00:00:00	2013-10-29 00:00:00	16340.31	1307.2248	408.5078	2013-10-29 00:00:00
1079	5	4	259	1620	5	2013-10-20 00:00:00	2013-10-29 00:00:00	5711.475	456.918	142.7869	2013-10-29 00:00:00
1080	4	4	260	1666	5	2013-10-20 00:00:00	2013-10-29 00:00:00	429.345	34.3476	10.7336	2013-10-29 00:00:00
1081	4	4	259	1652	4	2013-10-21 00:00:00	2013-10-30 00:00:00	51588.075	4127.046	1289.7019	2013-10-30 00:00:00
1082	4	4	260	1578	3	2013-10-21 00:00:00	2013-10-30 00:00:00	36122.625	2889.81	903.0656	2013-10-30 00:00:00
1083	4	4	258	1538	5	2013-10-21 00:00:00	2013-10-30 00:00:00	37843.575	3027.486	946.0894	2013-10-30 00:00:00
1084	6	4	254	1556	4	2013-10-21 00:00:00	2013-10-30 00:00:00	25531.275	2042.502	638.2819	2013-10-30 00:00:00
1085	4	4	257	1554	4	2013-10-30 00:00:00	2013-11-08 00:00:00	1094.7825	87.5826	27.3696	2013-11-08 00:00:00
1086	4	4	261	1688	4	2013-10-30 00:00:00	2013-11-08 00:00:00	125.748	10.0598	3.1437	2013-11-08 00:00:00
1087	4	4	251	1580	5	2013-10-30 00:00:00	2013-11-08 00:00:00	150.7905	12.0632	3.7698	2013-11-08 00:00:00
1088	4	4	253	1496	5	2013-10-30 00:00:00	2013-11-08 00:00:00	690.4485	55.2359	17.2612	2013-11-08 00:00:00
1089	4	4	252	1494	2	2013-10-30 00:00:00	2013-11-08 00:00:00	8847.3	707.784	221.1825	2013-11-08 00:00:00
1090	4	4	256	1650	5	2013-10-30 00:00:00	2013-11-08 00:00:00	171.0765	13.6861	4.2769	2013-11-08 00:00:00
1091	4	4	259	1654	4	2013-10-30 00:00:00	2013-11-08 00:00:00	20397.3	1631.784	509.9325	2013-11-08 00:00:00
1092	4	4	260	1664	3	2013-10-30 00:00:00	2013-11-08 00:00:00	14628.075	1170.246	365.7019	2013-11-08 00:00:00
1093	4	4	258	1678	3	2013-11-06 00:00:00	2013-11-15 00:00:00	58685.55	4694.844	1467.1388	2013-11-15 00:00:00
1094	5	4	254	1616	4	2013-11-06 00:00:00	2013-11-15 00:00:00	228.123	18.2498	5.7031	2013-11-15 00:00:00
1095	4	4	257	1492	4	2013-11-06 00:00:00	2013-11-15 00:00:00	593.586	47.4869	14.8397	2013-11-15 00:00:00
1096	4	4	261	1602	5	2013-11-06 00:00:00	2013-11-15 00:00:00	1525.23	122.0184	38.1308	2013-11-15 00:00:00
1097	4	4	251	1540	5	2013-11-06 00:00:00	2013-11-15 00:00:00	776.79	62.1432	19.4198	2013-11-15 00:00:00
1098	4	4	253	1628	5	2013-11-06 00:00:00	2013-11-15 00:00:00	34644.225	2771.538	866.1056	2013-11-15 00:00:00
1099	4	4	255	1604	4	2013-11-06 00:00:00	2013-11-15 00:00:00	1839.5055	147.1604	45.9876	2013-11-15 00:00:00
1100	4	4	252	1690	5	2013-11-06 00:00:00	2013-11-15 00:00:00	146.286	11.7029	3.6572	2013-11-15 00:00:00
1101	4	4	259	1566	5	2013-11-07 00:00:00	2013-11-16 00:00:00	102.564	8.2051	2.5641	2013-11-16 00:00:00
1102	4	4	260	1698	5	2013-11-07 00:00:00	2013-11-16 00:00:00	150.7905	12.0632	3.7698	2013-11-16 00:00:00
1103	4	4	258	1560	5	2013-11-07 00:00:00	2013-11-16 00:00:00	13669.425	1093.554	341.7356	2013-11-16 00:00:00
1104	4	3	250	1692	5	2013-11-07 00:00:00	2013-11-16 00:00:00	6444.9	515.592	161.1225	2013-11-16 00:00:00
1105	4	4	257	1696	2	2013-11-07 00:00:00	2013-11-16 00:00:00	50860.425	4068.834	1271.5106	2013-11-16 00:00:00
1106	4	4	261	1504	1	2013-11-07 00:00:00	2013-11-16 00:00:00	551.88	44.1504	13.797	2013-11-16 00:00:00
1107	4	4	251	1544	1	2013-11-07 00:00:00	2013-11-16 00:00:00	6987.75	559.02	174.6938	2013-11-16 00:00:00
1108	4	4	253	1530	2	2013-11-07 00:00:00	2013-11-16 00:00:00	28072.275	2245.782	701.8069	2013-11-16 00:00:00
1109	4	4	255	1508	1	2013-11-07 00:00:00	2013-11-16 00:00:00	37312.275	2984.982	932.8069	2013-11-16 00:00:00
1110	4	4	256	1694	1	2013-11-07 00:00:00	2013-11-16 00:00:00	7623	609.84	190.575	2013-11-16 00:00:00
1111	4	4	259	1624	2	2013-11-07 00:00:00	2013-11-16 00:00:00	28297.5	2263.8	707.4375	2013-11-16 00:00:00
1112	4	4	260	1548	2	2013-11-07 00:00:00	2013-11-16 00:00:00	59.9445	4.7956	1.4986	2013-11-16 00:00:00
1113	4	4	258	1598	4	2013-11-07 00:00:00	2013-11-16 00:00:00	339.255	27.1404	8.4814	2013-11-16 00:00:00
1114	4	4	254	1658	5	2013-11-07 00:00:00	2013-11-16 00:00:00	43878.45	3510.276	1096.9613	2013-11-16 00:00:00
1115	4	4	257	1536	4	2013-11-07 00:00:00	2013-11-16 00:00:00	2423.232	193.8586	60.5808	2013-11-16 00:00:00
1116	4	4	261	1568	2	2013-11-07 00:00:00	2013-11-16 00:00:00	29989.575	2399.166	749.7394	2013-11-16 00:00:00
1117	4	4	251	1648	5	2013-11-08 00:00:00	2013-11-17 00:00:00	142.4115	11.3929	3.5603	2013-11-17 00:00:00
1118	4	4	253	1646	5	2013-11-08 00:00:00	2013-11-17 00:00:00	19236.525	1538.922	480.9131	2013-11-17 00:00:00
1119	4	4	255	1672	4	2013-11-08 00:00:00	2013-11-17 00:00:00	693.5985	55.4879	17.34	2013-11-17 00:00:00
1120	4	4	256	1600	1	2013-11-08 00:00:00	2013-11-17 00:00:00	1276.275	102.102	31.9069	2013-11-17 00:00:00
1121	4	4	259	1522	1	2013-11-08 00:00:00	2013-11-17 00:00:00	2003.925	160.314	50.0981	2013-11-17 00:00:00
1122	5	4	250	1570	2	2013-11-08 00:00:00	2013-11-17 00:00:00	28343.7	2267.496	708.5925	2013-11-17 00:00:00
1123	4	4	258	1516	1	2013-11-08 00:00:00	2013-11-17 00:00:00	454.86	36.3888	11.3715	2013-11-17 00:00:00
1124	4	4	254	1506	5	2013-11-08 00:00:00	2013-11-17 00:00:00	43878.45	3510.276	1096.9613	2013-11-17 00:00:00
1125	4	4	257	1626	2	2013-11-08 00:00:00	2013-11-17 00:00:00	7132.125	570.57	178.3031	2013-11-17 00:00:00
1126	4	4	261	1542	2	2013-11-08 00:00:00	2013-11-17 00:00:00	28343.7	2267.496	708.5925	2013-11-17 00:00:00
1127	4	4	251	1610	4	2013-11-08 00:00:00	2013-11-17 00:00:00	22516.725	1801.338	562.9181	2013-11-17 00:00:00
1128	4	4	253	1638	5	2013-11-08 00:00:00	2013-11-17 00:00:00	34644.225	2771.538	866.1056	2013-11-17 00:00:00
1129	4	4	255	1582	4	2013-11-08 00:00:00	2013-11-17 00:00:00	662.6655	53.0132	16.5666	2013-11-17 00:00:00
1130	4	4	256	1510	5	2013-11-08 00:00:00	2013-11-17 00:00:00	143.0415	11.4433	3.576	2013-11-17 00:00:00
1131	4	4	259	1526	2	2013-11-08 00:00:00	2013-11-17 00:00:00	28199.325	2255.946	704.9831	2013-11-17 00:00:00
1132	4	4	260	1644	1	2013-11-08 00:00:00	2013-11-17 00:00:00	3713.325	297.066	92.8331	2013-11-17 00:00:00
1133	4	4	250	1680	5	2013-11-11 00:00:00	2013-11-20 00:00:00	63831.075	5106.486	1595.7769	2013-11-20 00:00:00
1134	4	4	254	1584	5	2013-11-11 00:00:00	2013-11-20 00:00:00	6540.66	523.2528	163.5165	2013-11-20 00:00:00
1135	4	4	257	1620	5	2013-11-11 00:00:00	2013-11-20 00:00:00	5711.475	456.918	142.7869	2013-11-20 00:00:00
1136	4	4	261	1666	4	2013-11-11 00:00:00	2013-11-20 00:00:00	540.8865	43.2709	13.5222	2013-11-20 00:00:00
1137	4	4	251	1592	2	2013-11-11 00:00:00	2013-11-20 00:00:00	97.965	7.8372	2.4491	2013-11-20 00:00:00
1138	4	4	253	1618	4	2013-11-11 00:00:00	2013-11-20 00:00:00	114.471	9.1577	2.8618	2013-11-20 00:00:00
1139	4	4	255	1612	4	2013-11-11 00:00:00	2013-11-20 00:00:00	132.6465	10.6117	3.3162	2013-11-20 00:00:00
1140	5	4	256	1586	5	2013-11-11 00:00:00	2013-11-20 00:00:00	43878.45	3510.276	1096.9613	2013-11-20 00:00:00
1141	4	4	259	1500	1	2013-11-11 00:00:00	2013-11-20 00:00:00	418.95	33.516	10.4738	2013-11-20 00:00:00
1142	4	4	260	1656	4	2013-11-11 00:00:00	2013-11-20 00:00:00	272.4435	21.7955	6.8111	2013-11-20 00:00:00
1143	4	4	258	1572	1	2013-11-11 00:00:00	2013-11-20 00:00:00	461.79	36.9432	11.5448	2013-11-20 00:00:00
1144	4	4	254	1562	4	2013-11-11 00:00:00	2013-11-20 00:00:00	259.8435	20.7875	6.4961	2013-11-20 00:00:00
1145	4	4	257	1662	2	2013-11-11 00:00:00	2013-11-20 00:00:00	37.0755	2.966	0.9269	2013-11-20 00:00:00
1146	4	4	261	1682	4	2013-11-11 00:00:00	2013-11-20 00:00:00	21558.075	1724.646	538.9519	2013-11-20 00:00:00
1147	4	4	251	1686	4	2013-11-11 00:00:00	2013-11-20 00:00:00	663.6735	53.0939	16.5918	2013-11-20 00:00:00
1148	4	4	253	1684	5	2013-11-11 00:00:00	2013-11-20 00:00:00	86220.75	6897.66	2155.5188	2013-11-20 00:00:00
1149	4	4	255	1534	4	2013-11-12 00:00:00	2013-11-21 00:00:00	602.2485	48.1799	15.0562	2013-11-21 00:00:00
1150	4	4	256	1614	4	2013-11-12 00:00:00	2013-11-21 00:00:00	409.5	32.76	10.2375	2013-11-21 00:00:00
1151	4	4	252	1588	5	2013-11-12 00:00:00	2013-11-21 00:00:00	40471.2	3237.696	1011.78	2013-11-21 00:00:00
1152	4	4	260	1622	4	2013-11-12 00:00:00	2013-11-21 00:00:00	253.323	20.2658	6.3331	2013-11-21 00:00:00
1153	4	4	258	1632	5	2013-11-12 00:00:00	2013-11-21 00:00:00	62092.8	4967.424	1552.32	2013-11-21 00:00:00
1154	4	4	254	1608	5	2013-11-12 00:00:00	2013-11-21 00:00:00	5948.25	475.86	148.7063	2013-11-21 00:00:00
1155	4	4	257	1576	5	2013-11-12 00:00:00	2013-11-21 00:00:00	91117.95	7289.436	2277.9488	2013-11-21 00:00:00
1156	4	4	261	1590	1	2013-11-12 00:00:00	2013-11-21 00:00:00	525	42	13.125	2013-11-21 00:00:00
1157	4	4	250	1514	5	2013-11-12 00:00:00	2013-11-21 00:00:00	2003.6835	160.2947	50.0921	2013-11-21 00:00:00
1158	4	4	253	1498	4	2013-11-12 00:00:00	2013-11-21 00:00:00	26455.275	2116.422	661.3819	2013-11-21 00:00:00
1159	5	4	255	1674	2	2013-11-12 00:00:00	2013-11-21 00:00:00	944.37	75.5496	23.6093	2013-11-21 00:00:00
1160	4	4	256	1652	4	2013-11-12 00:00:00	2013-11-21 00:00:00	48186.6	3854.928	1204.665	2013-11-21 00:00:00
1161	4	4	259	1578	5	2013-11-12 00:00:00	2013-11-21 00:00:00	26720.925	2137.674	668.0231	2013-11-21 00:00:00
1162	4	4	260	1538	5	2013-11-12 00:00:00	2013-11-21 00:00:00	37843.575	3027.486	946.0894	2013-11-21 00:00:00
1163	4	4	258	1556	4	2013-11-12 00:00:00	2013-11-21 00:00:00	25531.275	2042.502	638.2819	2013-11-21 00:00:00
1164	4	4	254	1554	5	2013-11-12 00:00:00	2013-11-21 00:00:00	278.838	22.307	6.971	2013-11-21 00:00:00
1165	4	4	252	1688	4	2013-11-13 00:00:00	2013-11-22 00:00:00	125.748	10.0598	3.1437	2013-11-22 00:00:00
1166	4	4	261	1580	5	2013-11-13 00:00:00	2013-11-22 00:00:00	150.7905	12.0632	3.7698	2013-11-22 00:00:00
1167	4	4	251	1496	4	2013-11-13 00:00:00	2013-11-22 00:00:00	751.59	60.1272	18.7898	2013-11-22 00:00:00
1168	6	4	253	1494	2	2013-11-13 00:00:00	2013-11-22 00:00:00	8847.3	707.784	221.1825	2013-11-22 00:00:00
1169	4	4	255	1650	5	2013-11-13 00:00:00	2013-11-22 00:00:00	171.0765	13.6861	4.2769	2013-11-22 00:00:00
1170	4	4	256	1654	4	2013-11-13 00:00:00	2013-11-22 00:00:00	20397.3	1631.784	509.9325	2013-11-22 00:00:00
1171	4	4	259	1664	3	2013-11-13 00:00:00	2013-11-22 00:00:00	14628.075	1170.246	365.7019	2013-11-22 00:00:00
1172	4	4	260	1678	3	2013-11-13 00:00:00	2013-11-22 00:00:00	33350.625	2668.05	833.7656	2013-11-22 00:00:00
1173	4	4	258	1616	4	2013-11-13 00:00:00	2013-11-22 00:00:00	339.255	27.1404	8.4814	2013-11-22 00:00:00
1174	4	4	254	1492	5	2013-11-13 00:00:00	2013-11-22 00:00:00	278.838	22.307	6.971	2013-11-22 00:00:00
1175	4	4	257	1602	5	2013-11-13 00:00:00	2013-11-22 00:00:00	1796.0355	143.6828	44.9009	2013-11-22 00:00:00
1176	4	4	261	1540	4	2013-11-13 00:00:00	2013-11-22 00:00:00	484.407	38.7526	12.1102	2013-11-22 00:00:00
1177	4	4	251	1628	5	2013-11-15 00:00:00	2013-11-24 00:00:00	34644.225	2771.538	866.1056	2013-11-24 00:00:00
1178	4	4	253	1604	4	2013-11-15 00:00:00	2013-11-24 00:00:00	1839.5055	147.1604	45.9876	2013-11-24 00:00:00
1179	4	4	255	1690	5	2013-11-15 00:00:00	2013-11-24 00:00:00	146.286	11.7029	3.6572	2013-11-24 00:00:00
1180	4	4	256	1566	5	2013-11-15 00:00:00	2013-11-24 00:00:00	102.564	8.2051	2.5641	2013-11-24 00:00:00
1181	4	4	259	1698	5	2013-11-15 00:00:00	2013-11-24 00:00:00	150.7905	12.0632	3.7698	2013-11-24 00:00:00
1182	4	4	260	1560	5	2013-11-15 00:00:00	2013-11-24 00:00:00	13669.425	1093.554	341.7356	2013-11-24 00:00:00
1183	4	4	258	1692	5	2013-11-15 00:00:00	2013-11-24 00:00:00	9948.33	795.8664	248.7083	2013-11-24 00:00:00
1184	4	4	254	1696	2	2013-11-15 00:00:00	2013-11-24 00:00:00	28343.7	2267.496	708.5925	2013-11-24 00:00:00
1185	4	4	257	1504	1	2013-11-15 00:00:00	2013-11-24 00:00:00	551.88	44.1504	13.797	2013-11-24 00:00:00
1186	4	4	261	1544	1	2013-11-15 00:00:00	2013-11-24 00:00:00	6987.75	559.02	174.6938	2013-11-24 00:00:00
1187	4	4	251	1530	2	2013-11-15 00:00:00	2013-11-24 00:00:00	28072.275	2245.782	701.8069	2013-11-24 00:00:00
1188	4	4	253	1508	1	2013-11-15 00:00:00	2013-11-24 00:00:00	37312.275	2984.982	932.8069	2013-11-24 00:00:00
1189	4	4	252	1694	1	2013-11-18 00:00:00	2013-11-27 00:00:00	7623	609.84	190.575	2013-11-27 00:00:00
1190	4	4	256	1624	2	2013-11-18 00:00:00	2013-11-27 00:00:00	28297.5	2263.8	707.4375	2013-11-27 00:00:00
1191	4	4	259	1548	2	2013-11-18 00:00:00	2013-11-27 00:00:00	59.9445	4.7956	1.4986	2013-11-27 00:00:00
1192	4	4	260	1598	4	2013-11-18 00:00:00	2013-11-27 00:00:00	117.432	9.3946	2.9358	2013-11-27 00:00:00
1193	4	4	258	1658	5	2013-11-18 00:00:00	2013-11-27 00:00:00	43878.45	3510.276	1096.9613	2013-11-27 00:00:00
1194	5	4	254	1536	4	2013-11-18 00:00:00	2013-11-27 00:00:00	247.2435	19.7795	6.1811	2013-11-27 00:00:00
1195	4	4	257	1568	2	2013-11-18 00:00:00	2013-11-27 00:00:00	49376.25	3950.1	1234.4063	2013-11-27 00:00:00
1196	4	4	261	1648	5	2013-11-18 00:00:00	2013-11-27 00:00:00	142.4115	11.3929	3.5603	2013-11-27 00:00:00
1197	4	4	251	1646	2	2013-11-18 00:00:00	2013-11-27 00:00:00	48030.675	3842.454	1200.7669	2013-11-27 00:00:00
1198	4	4	253	1672	4	2013-11-18 00:00:00	2013-11-27 00:00:00	51113.748	4089.0998	1277.8437	2013-11-27 00:00:00
1199	4	4	255	1600	1	2013-11-18 00:00:00	2013-11-27 00:00:00	1276.275	102.102	31.9069	2013-11-27 00:00:00
1200	4	4	252	1522	1	2013-11-18 00:00:00	2013-11-27 00:00:00	2003.925	160.314	50.0981	2013-11-27 00:00:00
1201	4	4	259	1570	4	2013-11-19 00:00:00	2013-11-28 00:00:00	22516.725	1801.338	562.9181	2013-11-28 00:00:00
1202	4	4	260	1516	1	2013-11-19 00:00:00	2013-11-28 00:00:00	454.86	36.3888	11.3715	2013-11-28 00:00:00
1203	4	4	258	1506	5	2013-11-19 00:00:00	2013-11-28 00:00:00	43878.45	3510.276	1096.9613	2013-11-28 00:00:00
1204	4	3	250	1626	2	2013-11-19 00:00:00	2013-11-28 00:00:00	7132.125	570.57	178.3031	2013-11-28 00:00:00
1205	4	4	257	1542	2	2013-11-20 00:00:00	2013-11-29 00:00:00	28343.7	2267.496	708.5925	2013-11-29 00:00:00
1206	4	4	261	1610	4	2013-11-20 00:00:00	2013-11-29 00:00:00	22516.725	1801.338	562.9181	2013-11-29 00:00:00
1207	4	4	251	1638	5	2013-11-20 00:00:00	2013-11-29 00:00:00	34644.225	2771.538	866.1056	2013-11-29 00:00:00
1208	4	4	253	1582	4	2013-11-20 00:00:00	2013-11-29 00:00:00	625.086	50.0069	15.6272	2013-11-29 00:00:00
1209	4	4	255	1510	5	2013-11-20 00:00:00	2013-11-29 00:00:00	143.0415	11.4433	3.576	2013-11-29 00:00:00
1210	4	4	256	1526	2	2013-11-20 00:00:00	2013-11-29 00:00:00	28199.325	2255.946	704.9831	2013-11-29 00:00:00
1211	4	4	259	1644	1	2013-11-20 00:00:00	2013-11-29 00:00:00	3713.325	297.066	92.8331	2013-11-29 00:00:00
1212	4	4	260	1680	5	2013-11-20 00:00:00	2013-11-29 00:00:00	43878.45	3510.276	1096.9613	2013-11-29 00:00:00
1213	4	4	258	1584	5	2013-11-20 00:00:00	2013-11-29 00:00:00	9799.65	783.972	244.9913	2013-11-29 00:00:00
1214	4	4	254	1620	5	2013-11-20 00:00:00	2013-11-29 00:00:00	5711.475	456.918	142.7869	2013-11-29 00:00:00
1215	4	4	257	1666	4	2013-11-20 00:00:00	2013-11-29 00:00:00	1099.035	87.9228	27.4759	2013-11-29 00:00:00
1216	4	4	261	1592	2	2013-11-20 00:00:00	2013-11-29 00:00:00	97.965	7.8372	2.4491	2013-11-29 00:00:00
1217	4	4	251	1618	4	2013-11-20 00:00:00	2013-11-29 00:00:00	114.471	9.1577	2.8618	2013-11-29 00:00:00
1218	5	4	253	1612	4	2013-11-20 00:00:00	2013-11-29 00:00:00	132.6465	10.6117	3.3162	2013-11-29 00:00:00
1219	4	4	255	1586	5	2013-11-20 00:00:00	2013-11-29 00:00:00	43878.45	3510.276	1096.9613	2013-11-29 00:00:00
1220	4	4	256	1500	1	2013-11-20 00:00:00	2013-11-29 00:00:00	418.95	33.516	10.4738	2013-11-29 00:00:00
1221	4	4	259	1656	4	2013-11-21 00:00:00	2013-11-30 00:00:00	513.1665	41.0533	12.8292	2013-11-30 00:00:00
1222	4	4	250	1572	1	2013-11-21 00:00:00	2013-11-30 00:00:00	461.79	36.9432	11.5448	2013-11-30 00:00:00
1223	4	4	258	1562	4	2013-11-21 00:00:00	2013-11-30 00:00:00	364.455	29.1564	9.1114	2013-11-30 00:00:00
1224	4	4	254	1662	2	2013-11-21 00:00:00	2013-11-30 00:00:00	37.0755	2.966	0.9269	2013-11-30 00:00:00
1225	4	4	257	1682	4	2013-11-22 00:00:00	2013-12-01 00:00:00	21558.075	1724.646	538.9519	2013-12-01 00:00:00
1226	4	4	261	1686	4	2013-11-22 00:00:00	2013-12-01 00:00:00	507.087	40.567	12.6772	2013-12-01 00:00:00
1227	4	4	251	1684	5	2013-11-22 00:00:00	2013-12-01 00:00:00	86220.75	6897.66	2155.5188	2013-12-01 00:00:00
1228	4	4	253	1534	4	2013-11-22 00:00:00	2013-12-01 00:00:00	111.5415	8.9233	2.7885	2013-12-01 00:00:00
1229	4	4	255	1614	4	2013-11-22 00:00:00	2013-12-01 00:00:00	390.6	31.248	9.765	2013-12-01 00:00:00
1230	4	4	256	1588	5	2013-11-22 00:00:00	2013-12-01 00:00:00	40471.2	3237.696	1011.78	2013-12-01 00:00:00
1231	4	4	259	1622	4	2013-11-22 00:00:00	2013-12-01 00:00:00	136.332	10.9066	3.4083	2013-12-01 00:00:00
1232	4	4	260	1632	5	2013-11-22 00:00:00	2013-12-01 00:00:00	38421.075	3073.686	960.5269	2013-12-01 00:00:00
1233	4	4	250	1608	5	2013-11-22 00:00:00	2013-12-01 00:00:00	5948.25	475.86	148.7063	2013-12-01 00:00:00
1234	4	4	254	1576	5	2013-11-22 00:00:00	2013-12-01 00:00:00	91117.95	7289.436	2277.9488	2013-12-01 00:00:00
1235	4	4	257	1590	1	2013-11-22 00:00:00	2013-12-01 00:00:00	525	42	13.125	2013-12-01 00:00:00
1236	4	4	261	1514	5	2013-11-22 00:00:00	2013-12-01 00:00:00	2003.6835	160.2947	50.0921	2013-12-01 00:00:00
1237	4	4	251	1498	4	2013-11-22 00:00:00	2013-12-01 00:00:00	26455.275	2116.422	661.3819	2013-12-01 00:00:00
1238	4	4	253	1674	2	2013-11-22 00:00:00	2013-12-01 00:00:00	944.37	75.5496	23.6093	2013-12-01 00:00:00
1239	4	4	255	1652	1	2013-11-22 00:00:00	2013-12-01 00:00:00	3401.475	272.118	85.0369	2013-12-01 00:00:00
1240	4	4	256	1578	3	2013-11-22 00:00:00	2013-12-01 00:00:00	62843.55	5027.484	1571.0888	2013-12-01 00:00:00
1241	4	4	259	1538	5	2013-11-25 00:00:00	2013-12-04 00:00:00	37843.575	3027.486	946.0894	2013-12-04 00:00:00
1242	4	4	260	1556	4	2013-11-25 00:00:00	2013-12-04 00:00:00	25531.275	2042.502	638.2819	2013-12-04 00:00:00
1243	4	4	258	1554	5	2013-11-25 00:00:00	2013-12-04 00:00:00	415.3275	33.2262	10.3832	2013-12-04 00:00:00
1244	4	4	254	1688	4	2013-11-25 00:00:00	2013-12-04 00:00:00	125.748	10.0598	3.1437	2013-12-04 00:00:00
1245	6	4	257	1580	5	2013-11-25 00:00:00	2013-12-04 00:00:00	150.7905	12.0632	3.7698	2013-12-04 00:00:00
1246	4	4	261	1496	4	2013-11-25 00:00:00	2013-12-04 00:00:00	347.445	27.7956	8.6861	2013-12-04 00:00:00
1247	4	4	251	1494	2	2013-11-25 00:00:00	2013-12-04 00:00:00	8847.3	707.784	221.1825	2013-12-04 00:00:00
1248	4	4	253	1650	5	2013-11-25 00:00:00	2013-12-04 00:00:00	171.0765	13.6861	4.2769	2013-12-04 00:00:00
1249	4	4	255	1654	4	2013-11-25 00:00:00	2013-12-04 00:00:00	20397.3	1631.784	509.9325	2013-12-04 00:00:00
1250	5	4	256	1664	3	2013-11-25 00:00:00	2013-12-04 00:00:00	14628.075	1170.246	365.7019	2013-12-04 00:00:00
1251	4	4	252	1678	4	2013-11-25 00:00:00	2013-12-04 00:00:00	25334.925	2026.794	633.3731	2013-12-04 00:00:00
1252	4	4	260	1616	4	2013-11-25 00:00:00	2013-12-04 00:00:00	260.1585	20.8127	6.504	2013-12-04 00:00:00
1253	4	4	258	1492	5	2013-11-25 00:00:00	2013-12-04 00:00:00	415.3275	33.2262	10.3832	2013-12-04 00:00:00
1254	4	4	254	1602	5	2013-11-25 00:00:00	2013-12-04 00:00:00	270.8055	21.6644	6.7701	2013-12-04 00:00:00
1255	4	4	257	1540	4	2013-11-25 00:00:00	2013-12-04 00:00:00	3052.5075	244.2006	76.3127	2013-12-04 00:00:00
1256	4	4	261	1628	5	2013-11-25 00:00:00	2013-12-04 00:00:00	34644.225	2771.538	866.1056	2013-12-04 00:00:00
1257	4	4	250	1604	4	2013-11-26 00:00:00	2013-12-05 00:00:00	1839.5055	147.1604	45.9876	2013-12-05 00:00:00
1258	4	4	253	1690	5	2013-11-26 00:00:00	2013-12-05 00:00:00	146.286	11.7029	3.6572	2013-12-05 00:00:00
1259	4	4	255	1566	5	2013-11-26 00:00:00	2013-12-05 00:00:00	102.564	8.2051	2.5641	2013-12-05 00:00:00
1260	4	4	256	1698	5	2013-11-26 00:00:00	2013-12-05 00:00:00	150.7905	12.0632	3.7698	2013-12-05 00:00:00
1261	4	4	259	1560	5	2013-11-26 00:00:00	2013-12-05 00:00:00	13669.425	1093.554	341.7356	2013-12-05 00:00:00
1262	4	4	260	1692	5	2013-11-26 00:00:00	2013-12-05 00:00:00	6444.9	515.592	161.1225	2013-12-05 00:00:00
1263	4	4	258	1696	4	2013-11-26 00:00:00	2013-12-05 00:00:00	50860.425	4068.834	1271.5106	2013-12-05 00:00:00
1264	4	4	254	1504	1	2013-11-26 00:00:00	2013-12-05 00:00:00	551.88	44.1504	13.797	2013-12-05 00:00:00
1265	4	4	252	1544	1	2013-11-27 00:00:00	2013-12-06 00:00:00	6987.75	559.02	174.6938	2013-12-06 00:00:00
1266	4	4	261	1530	2	2013-11-27 00:00:00	2013-12-06 00:00:00	28072.275	2245.782	701.8069	2013-12-06 00:00:00
1267	4	4	251	1508	1	2013-11-27 00:00:00	2013-12-06 00:00:00	37312.275	2984.982	932.8069	2013-12-06 00:00:00
1268	4	4	253	1694	1	2013-11-27 00:00:00	2013-12-06 00:00:00	7623	609.84	190.575	2013-12-06 00:00:00
1269	4	4	255	1624	2	2013-11-27 00:00:00	2013-12-06 00:00:00	28297.5	2263.8	707.4375	2013-12-06 00:00:00
1270	4	4	256	1548	2	2013-11-27 00:00:00	2013-12-06 00:00:00	59.9445	4.7956	1.4986	2013-12-06 00:00:00
1271	4	4	259	1598	4	2013-11-27 00:00:00	2013-12-06 00:00:00	487.9665	39.0373	12.1992	2013-12-06 00:00:00
1272	4	4	260	1658	5	2013-11-27 00:00:00	2013-12-06 00:00:00	43878.45	3510.276	1096.9613	2013-12-06 00:00:00
1273	4	4	258	1536	4	2013-11-27 00:00:00	2013-12-06 00:00:00	345.555	27.6444	8.6389	2013-12-06 00:00:00
1274	4	4	254	1568	2	2013-11-27 00:00:00	2013-12-06 00:00:00	15153.6	1212.288	378.84	2013-12-06 00:00:00
1275	4	4	257	1648	5	2013-11-27 00:00:00	2013-12-06 00:00:00	142.4115	11.3929	3.5603	2013-12-06 00:00:00
1276	4	4	261	1646	2	2013-11-27 00:00:00	2013-12-06 00:00:00	48030.675	3842.454	1200.7669	2013-12-06 00:00:00
1277	4	4	251	1672	4	2013-11-27 00:00:00	2013-12-06 00:00:00	823.41	65.8728	20.5853	2013-12-06 00:00:00
1278	4	4	253	1600	1	2013-11-27 00:00:00	2013-12-06 00:00:00	1276.275	102.102	31.9069	2013-12-06 00:00:00
1279	4	4	255	1522	1	2013-11-27 00:00:00	2013-12-06 00:00:00	2003.925	160.314	50.0981	2013-12-06 00:00:00
1280	5	4	256	1570	2	2013-11-27 00:00:00	2013-12-06 00:00:00	50860.425	4068.834	1271.5106	2013-12-06 00:00:00
1281	4	4	259	1516	1	2013-11-28 00:00:00	2013-12-07 00:00:00	454.86	36.3888	11.3715	2013-12-07 00:00:00
1282	4	4	260	1506	5	2013-11-28 00:00:00	2013-12-07 00:00:00	43878.45	3510.276	1096.9613	2013-12-07 00:00:00
1283	4	4	258	1626	2	2013-11-28 00:00:00	2013-12-07 00:00:00	7132.125	570.57	178.3031	2013-12-07 00:00:00
1284	4	4	254	1542	2	2013-11-28 00:00:00	2013-12-07 00:00:00	28343.7	2267.496	708.5925	2013-12-07 00:00:00
1285	4	4	257	1610	4	2013-11-28 00:00:00	2013-12-07 00:00:00	22516.725	1801.338	562.9181	2013-12-07 00:00:00
1286	4	4	261	1638	5	2013-11-28 00:00:00	2013-12-07 00:00:00	34644.225	2771.538	866.1056	2013-12-07 00:00:00
1287	4	4	251	1582	5	2013-11-28 00:00:00	2013-12-07 00:00:00	836.955	66.9564	20.9239	2013-12-07 00:00:00
1288	4	4	253	1510	5	2013-11-28 00:00:00	2013-12-07 00:00:00	143.0415	11.4433	3.576	2013-12-07 00:00:00
1289	4	4	252	1526	2	2013-11-28 00:00:00	2013-12-07 00:00:00	28199.325	2255.946	704.9831	2013-12-07 00:00:00
1290	4	4	256	1644	1	2013-11-28 00:00:00	2013-12-07 00:00:00	3713.325	297.066	92.8331	2013-12-07 00:00:00
1291	4	4	259	1680	4	2013-11-28 00:00:00	2013-12-07 00:00:00	19952.625	1596.21	498.8156	2013-12-07 00:00:00
1292	4	4	260	1584	5	2013-11-28 00:00:00	2013-12-07 00:00:00	6540.66	523.2528	163.5165	2013-12-07 00:00:00
1293	4	4	258	1620	5	2013-11-28 00:00:00	2013-12-07 00:00:00	5711.475	456.918	142.7869	2013-12-07 00:00:00
1294	4	4	254	1666	5	2013-11-28 00:00:00	2013-12-07 00:00:00	279.783	22.3826	6.9946	2013-12-07 00:00:00
1295	4	4	257	1592	2	2013-11-28 00:00:00	2013-12-07 00:00:00	97.965	7.8372	2.4491	2013-12-07 00:00:00
1296	4	4	261	1618	4	2013-11-28 00:00:00	2013-12-07 00:00:00	114.471	9.1577	2.8618	2013-12-07 00:00:00
1297	4	4	251	1612	4	2013-11-29 00:00:00	2013-12-08 00:00:00	132.6465	10.6117	3.3162	2013-12-08 00:00:00
1298	4	4	253	1586	5	2013-11-29 00:00:00	2013-12-08 00:00:00	43878.45	3510.276	1096.9613	2013-12-08 00:00:00
1299	4	4	255	1500	1	2013-11-29 00:00:00	2013-12-08 00:00:00	418.95	33.516	10.4738	2013-12-08 00:00:00
1300	4	4	252	1656	4	2013-11-29 00:00:00	2013-12-08 00:00:00	396.9945	31.7596	9.9249	2013-12-08 00:00:00
1301	4	4	259	1572	1	2013-11-29 00:00:00	2013-12-08 00:00:00	461.79	36.9432	11.5448	2013-12-08 00:00:00
1302	4	4	260	1562	4	2013-11-29 00:00:00	2013-12-08 00:00:00	234.6435	18.7715	5.8661	2013-12-08 00:00:00
1303	4	4	258	1662	2	2013-11-29 00:00:00	2013-12-08 00:00:00	37.0755	2.966	0.9269	2013-12-08 00:00:00
1304	4	3	250	1682	4	2013-11-29 00:00:00	2013-12-08 00:00:00	21558.075	1724.646	538.9519	2013-12-08 00:00:00
1305	6	4	257	1686	4	2013-11-29 00:00:00	2013-12-08 00:00:00	1913.31	153.0648	47.8328	2013-12-08 00:00:00
1306	4	4	261	1684	5	2013-11-29 00:00:00	2013-12-08 00:00:00	86220.75	6897.66	2155.5188	2013-12-08 00:00:00
1307	4	4	251	1534	5	2013-11-29 00:00:00	2013-12-08 00:00:00	839.79	67.1832	20.9948	2013-12-08 00:00:00
1308	4	4	253	1614	5	2013-11-29 00:00:00	2013-12-08 00:00:00	694.953	55.5962	17.3738	2013-12-08 00:00:00
1309	4	4	255	1588	5	2013-11-29 00:00:00	2013-12-08 00:00:00	40471.2	3237.696	1011.78	2013-12-08 00:00:00
1310	4	4	256	1622	5	2013-11-29 00:00:00	2013-12-08 00:00:00	427.455	34.1964	10.6864	2013-12-08 00:00:00
1311	4	4	259	1632	4	2013-11-29 00:00:00	2013-12-08 00:00:00	23671.725	1893.738	591.7931	2013-12-08 00:00:00
1312	4	4	260	1608	5	2013-11-29 00:00:00	2013-12-08 00:00:00	5948.25	475.86	148.7063	2013-12-08 00:00:00
1313	4	4	258	1576	5	2013-12-02 00:00:00	2013-12-11 00:00:00	91117.95	7289.436	2277.9488	2013-12-11 00:00:00
1314	5	4	254	1590	1	2013-12-02 00:00:00	2013-12-11 00:00:00	525	42	13.125	2013-12-11 00:00:00
1315	4	4	257	1514	5	2013-12-02 00:00:00	2013-12-11 00:00:00	2003.6835	160.2947	50.0921	2013-12-11 00:00:00
1316	4	4	261	1498	4	2013-12-02 00:00:00	2013-12-11 00:00:00	26455.275	2116.422	661.3819	2013-12-11 00:00:00
1317	4	4	251	1674	2	2013-12-02 00:00:00	2013-12-11 00:00:00	944.37	75.5496	23.6093	2013-12-11 00:00:00
1318	4	4	253	1652	4	2013-12-02 00:00:00	2013-12-11 00:00:00	51588.075	4127.046	1289.7019	2013-12-11 00:00:00
1319	4	4	255	1578	3	2013-12-02 00:00:00	2013-12-11 00:00:00	62843.55	5027.484	1571.0888	2013-12-11 00:00:00
1320	4	4	256	1538	5	2013-12-02 00:00:00	2013-12-11 00:00:00	37843.575	3027.486	946.0894	2013-12-11 00:00:00
1321	4	4	259	1556	4	2013-12-03 00:00:00	2013-12-12 00:00:00	25531.275	2042.502	638.2819	2013-12-12 00:00:00
1322	4	4	250	1554	5	2013-12-03 00:00:00	2013-12-12 00:00:00	272.7585	21.8207	6.819	2013-12-12 00:00:00
1323	4	4	258	1688	4	2013-12-03 00:00:00	2013-12-12 00:00:00	125.748	10.0598	3.1437	2013-12-12 00:00:00
1324	4	4	254	1580	5	2013-12-03 00:00:00	2013-12-12 00:00:00	150.7905	12.0632	3.7698	2013-12-12 00:00:00
1325	4	4	257	1496	5	2013-12-04 00:00:00	2013-12-13 00:00:00	2069.2665	165.5413	51.7317	2013-12-13 00:00:00
1326	4	4	261	1494	2	2013-12-04 00:00:00	2013-12-13 00:00:00	8847.3	707.784	221.1825	2013-12-13 00:00:00
1327	4	4	251	1650	5	2013-12-04 00:00:00	2013-12-13 00:00:00	171.0765	13.6861	4.2769	2013-12-13 00:00:00
1328	4	4	253	1654	4	2013-12-04 00:00:00	2013-12-13 00:00:00	20397.3	1631.784	509.9325	2013-12-13 00:00:00
1329	4	4	255	1664	3	2013-12-04 00:00:00	2013-12-13 00:00:00	14628.075	1170.246	365.7019	2013-12-13 00:00:00
1330	4	4	256	1678	3	2013-12-04 00:00:00	2013-12-13 00:00:00	58685.55	4694.844	1467.1388	2013-12-13 00:00:00
1331	4	4	259	1616	5	2013-12-04 00:00:00	2013-12-13 00:00:00	563.5665	45.0853	14.0892	2013-12-13 00:00:00
1332	4	4	260	1492	5	2013-12-04 00:00:00	2013-12-13 00:00:00	272.7585	21.8207	6.819	2013-12-13 00:00:00
1333	4	4	250	1602	5	2013-12-04 00:00:00	2013-12-13 00:00:00	1525.23	122.0184	38.1308	2013-12-13 00:00:00
1334	4	4	254	1540	4	2013-12-04 00:00:00	2013-12-13 00:00:00	260.1585	20.8127	6.504	2013-12-13 00:00:00
1335	4	4	257	1628	5	2013-12-04 00:00:00	2013-12-13 00:00:00	34644.225	2771.538	866.1056	2013-12-13 00:00:00
1336	4	4	261	1604	4	2013-12-04 00:00:00	2013-12-13 00:00:00	1839.5055	147.1604	45.9876	2013-12-13 00:00:00
1337	4	4	251	1690	5	2013-12-04 00:00:00	2013-12-13 00:00:00	146.286	11.7029	3.6572	2013-12-13 00:00:00
1338	4	4	253	1566	5	2013-12-04 00:00:00	2013-12-13 00:00:00	102.564	8.2051	2.5641	2013-12-13 00:00:00
1339	4	4	255	1698	5	2013-12-04 00:00:00	2013-12-13 00:00:00	150.7905	12.0632	3.7698	2013-12-13 00:00:00
1340	4	4	256	1560	5	2013-12-04 00:00:00	2013-12-13 00:00:00	13669.425	1093.554	341.7356	2013-12-13 00:00:00
1341	4	4	259	1692	5	2013-12-05 00:00:00	2013-12-14 00:00:00	9948.33	795.8664	248.7083	2013-12-14 00:00:00
1342	4	4	260	1696	4	2013-12-05 00:00:00	2013-12-14 00:00:00	34118.7	2729.496	852.9675	2013-12-14 00:00:00
1343	4	4	258	1504	1	2013-12-05 00:00:00	2013-12-14 00:00:00	551.88	44.1504	13.797	2013-12-14 00:00:00
1344	4	4	254	1544	1	2013-12-05 00:00:00	2013-12-14 00:00:00	3811.5	304.92	95.2875	2013-12-14 00:00:00
1345	4	4	257	1530	2	2013-12-05 00:00:00	2013-12-14 00:00:00	28072.275	2245.782	701.8069	2013-12-14 00:00:00
1346	4	4	261	1508	1	2013-12-05 00:00:00	2013-12-14 00:00:00	37312.275	2984.982	932.8069	2013-12-14 00:00:00
1347	4	4	251	1694	1	2013-12-05 00:00:00	2013-12-14 00:00:00	7623	609.84	190.575	2013-12-14 00:00:00
1348	4	4	253	1624	2	2013-12-05 00:00:00	2013-12-14 00:00:00	28297.5	2263.8	707.4375	2013-12-14 00:00:00
1349	4	4	255	1548	2	2013-12-05 00:00:00	2013-12-14 00:00:00	59.9445	4.7956	1.4986	2013-12-14 00:00:00
1350	4	4	256	1598	4	2013-12-05 00:00:00	2013-12-14 00:00:00	345.555	27.6444	8.6389	2013-12-14 00:00:00
1351	4	4	252	1658	5	2013-12-05 00:00:00	2013-12-14 00:00:00	43878.45	3510.276	1096.9613	2013-12-14 00:00:00
1352	4	4	260	1536	4	2013-12-05 00:00:00	2013-12-14 00:00:00	272.1285	21.7703	6.8032	2013-12-14 00:00:00
1353	4	4	258	1568	2	2013-12-05 00:00:00	2013-12-14 00:00:00	21252	1700.16	531.3	2013-12-14 00:00:00
1354	4	4	254	1648	5	2013-12-05 00:00:00	2013-12-14 00:00:00	142.4115	11.3929	3.5603	2013-12-14 00:00:00
1355	4	4	257	1646	2	2013-12-05 00:00:00	2013-12-14 00:00:00	48030.675	3842.454	1200.7669	2013-12-14 00:00:00
1356	4	4	261	1672	4	2013-12-05 00:00:00	2013-12-14 00:00:00	50983.9365	4078.7149	1274.5984	2013-12-14 00:00:00
1357	4	4	250	1600	1	2013-12-06 00:00:00	2013-12-15 00:00:00	1276.275	102.102	31.9069	2013-12-15 00:00:00
1358	4	4	253	1522	1	2013-12-06 00:00:00	2013-12-15 00:00:00	2003.925	160.314	50.0981	2013-12-15 00:00:00
1359	4	4	255	1570	2	2013-12-06 00:00:00	2013-12-15 00:00:00	50860.425	4068.834	1271.5106	2013-12-15 00:00:00
1360	4	4	256	1516	1	2013-12-06 00:00:00	2013-12-15 00:00:00	454.86	36.3888	11.3715	2013-12-15 00:00:00
1361	4	4	259	1506	5	2013-12-06 00:00:00	2013-12-15 00:00:00	43878.45	3510.276	1096.9613	2013-12-15 00:00:00
1362	4	4	260	1626	2	2013-12-06 00:00:00	2013-12-15 00:00:00	7132.125	570.57	178.3031	2013-12-15 00:00:00
1363	6	4	258	1542	2	2013-12-06 00:00:00	2013-12-15 00:00:00	28343.7	2267.496	708.5925	2013-12-15 00:00:00
1364	4	4	254	1610	4	2013-12-06 00:00:00	2013-12-15 00:00:00	22516.725	1801.338	562.9181	2013-12-15 00:00:00
1365	4	4	252	1638	5	2013-12-06 00:00:00	2013-12-15 00:00:00	34644.225	2771.538	866.1056	2013-12-15 00:00:00
1366	4	4	261	1582	4	2013-12-06 00:00:00	2013-12-15 00:00:00	513.7965	41.1037	12.8449	2013-12-15 00:00:00
1367	4	4	251	1510	5	2013-12-06 00:00:00	2013-12-15 00:00:00	143.0415	11.4433	3.576	2013-12-15 00:00:00
1368	4	4	253	1526	2	2013-12-06 00:00:00	2013-12-15 00:00:00	28199.325	2255.946	704.9831	2013-12-15 00:00:00
1369	4	4	255	1644	1	2013-12-06 00:00:00	2013-12-15 00:00:00	3713.325	297.066	92.8331	2013-12-15 00:00:00
1370	4	4	256	1680	5	2013-12-06 00:00:00	2013-12-15 00:00:00	63831.075	5106.486	1595.7769	2013-12-15 00:00:00
1371	4	4	259	1584	5	2013-12-06 00:00:00	2013-12-15 00:00:00	9799.65	783.972	244.9913	2013-12-15 00:00:00
1372	4	4	260	1620	5	2013-12-06 00:00:00	2013-12-15 00:00:00	5711.475	456.918	142.7869	2013-12-15 00:00:00
1373	4	4	258	1666	5	2013-12-09 00:00:00	2013-12-18 00:00:00	416.745	33.3396	10.4186	2013-12-18 00:00:00
1374	4	4	254	1592	2	2013-12-09 00:00:00	2013-12-18 00:00:00	97.965	7.8372	2.4491	2013-12-18 00:00:00
1375	4	4	257	1618	4	2013-12-09 00:00:00	2013-12-18 00:00:00	114.471	9.1577	2.8618	2013-12-18 00:00:00
1376	4	4	261	1612	4	2013-12-09 00:00:00	2013-12-18 00:00:00	132.6465	10.6117	3.3162	2013-12-18 00:00:00
1377	4	4	251	1586	5	2013-12-09 00:00:00	2013-12-18 00:00:00	43878.45	3510.276	1096.9613	2013-12-18 00:00:00
1378	4	4	253	1500	1	2013-12-09 00:00:00	2013-12-18 00:00:00	418.95	33.516	10.4738	2013-12-18 00:00:00
1379	4	4	255	1656	5	2013-12-09 00:00:00	2013-12-18 00:00:00	690.4485	55.2359	17.2612	2013-12-18 00:00:00
1380	4	4	256	1572	1	2013-12-09 00:00:00	2013-12-18 00:00:00	461.79	36.9432	11.5448	2013-12-18 00:00:00
1381	4	4	259	1562	4	2013-12-09 00:00:00	2013-12-18 00:00:00	513.1665	41.0533	12.8292	2013-12-18 00:00:00
1382	4	4	260	1662	2	2013-12-09 00:00:00	2013-12-18 00:00:00	37.0755	2.966	0.9269	2013-12-18 00:00:00
1383	4	4	258	1682	4	2013-12-09 00:00:00	2013-12-18 00:00:00	21558.075	1724.646	538.9519	2013-12-18 00:00:00
1384	4	4	254	1686	4	2013-12-09 00:00:00	2013-12-18 00:00:00	259.8435	20.7875	6.4961	2013-12-18 00:00:00
1385	4	4	257	1684	5	2013-12-09 00:00:00	2013-12-18 00:00:00	86220.75	6897.66	2155.5188	2013-12-18 00:00:00
1386	4	4	261	1534	4	2013-12-09 00:00:00	2013-12-18 00:00:00	515.6865	41.2549	12.8922	2013-12-18 00:00:00
1387	4	4	251	1614	5	2013-12-09 00:00:00	2013-12-18 00:00:00	533.547	42.6838	13.3387	2013-12-18 00:00:00
1388	4	4	253	1588	5	2013-12-09 00:00:00	2013-12-18 00:00:00	40471.2	3237.696	1011.78	2013-12-18 00:00:00
1389	4	4	252	1622	4	2013-12-11 00:00:00	2013-12-20 00:00:00	661.878	52.9502	16.547	2013-12-20 00:00:00
1390	4	4	256	1632	5	2013-12-11 00:00:00	2013-12-20 00:00:00	62092.8	4967.424	1552.32	2013-12-20 00:00:00
1391	5	4	259	1608	5	2013-12-11 00:00:00	2013-12-20 00:00:00	5948.25	475.86	148.7063	2013-12-20 00:00:00
1392	4	4	260	1576	5	2013-12-11 00:00:00	2013-12-20 00:00:00	91117.95	7289.436	2277.9488	2013-12-20 00:00:00
1393	4	4	258	1590	1	2013-12-11 00:00:00	2013-12-20 00:00:00	525	42	13.125	2013-12-20 00:00:00
1394	4	4	254	1514	5	2013-12-11 00:00:00	2013-12-20 00:00:00	281.8935	22.5515	7.0473	2013-12-20 00:00:00
1395	4	4	257	1498	4	2013-12-11 00:00:00	2013-12-20 00:00:00	26455.275	2116.422	661.3819	2013-12-20 00:00:00
1396	4	4	261	1674	2	2013-12-11 00:00:00	2013-12-20 00:00:00	944.37	75.5496	23.6093	2013-12-20 00:00:00
1397	4	4	251	1652	4	2013-12-11 00:00:00	2013-12-20 00:00:00	51588.075	4127.046	1289.7019	2013-12-20 00:00:00
1398	4	4	253	1578	3	2013-12-11 00:00:00	2013-12-20 00:00:00	62843.55	5027.484	1571.0888	2013-12-20 00:00:00
1399	4	4	255	1538	5	2013-12-11 00:00:00	2013-12-20 00:00:00	37843.575	3027.486	946.0894	2013-12-20 00:00:00
1400	4	4	252	1556	4	2013-12-11 00:00:00	2013-12-20 00:00:00	25531.275	2042.502	638.2819	2013-12-20 00:00:00
1401	4	4	259	1554	4	2013-12-12 00:00:00	2013-12-21 00:00:00	501.1965	40.0957	12.5299	2013-12-21 00:00:00
1402	4	4	260	1688	4	2013-12-12 00:00:00	2013-12-21 00:00:00	125.748	10.0598	3.1437	2013-12-21 00:00:00
1403	4	4	258	1580	5	2013-12-12 00:00:00	2013-12-21 00:00:00	150.7905	12.0632	3.7698	2013-12-21 00:00:00
1404	4	3	250	1496	5	2013-12-12 00:00:00	2013-12-21 00:00:00	279.783	22.3826	6.9946	2013-12-21 00:00:00
1405	4	4	257	1494	2	2013-12-12 00:00:00	2013-12-21 00:00:00	8847.3	707.784	221.1825	2013-12-21 00:00:00
1406	4	4	261	1650	5	2013-12-12 00:00:00	2013-12-21 00:00:00	171.0765	13.6861	4.2769	2013-12-21 00:00:00
1407	4	4	251	1654	4	2013-12-12 00:00:00	2013-12-21 00:00:00	20397.3	1631.784	509.9325	2013-12-21 00:00:00
1408	4	4	253	1664	3	2013-12-12 00:00:00	2013-12-21 00:00:00	14628.075	1170.246	365.7019	2013-12-21 00:00:00
1409	4	4	255	1678	3	2013-12-12 00:00:00	2013-12-21 00:00:00	58685.55	4694.844	1467.1388	2013-12-21 00:00:00
1410	4	4	256	1616	4	2013-12-12 00:00:00	2013-12-21 00:00:00	402.255	32.1804	10.0564	2013-12-21 00:00:00
1411	4	4	259	1492	4	2013-12-12 00:00:00	2013-12-21 00:00:00	501.1965	40.0957	12.5299	2013-12-21 00:00:00
1412	4	4	260	1602	5	2013-12-12 00:00:00	2013-12-21 00:00:00	270.8055	21.6644	6.7701	2013-12-21 00:00:00
1413	4	4	258	1540	4	2013-12-12 00:00:00	2013-12-21 00:00:00	371.2275	29.6982	9.2807	2013-12-21 00:00:00
1414	4	4	254	1628	5	2013-12-12 00:00:00	2013-12-21 00:00:00	34644.225	2771.538	866.1056	2013-12-21 00:00:00
1415	4	4	257	1604	4	2013-12-12 00:00:00	2013-12-21 00:00:00	1839.5055	147.1604	45.9876	2013-12-21 00:00:00
1416	4	4	261	1690	5	2013-12-12 00:00:00	2013-12-21 00:00:00	146.286	11.7029	3.6572	2013-12-21 00:00:00
1417	4	4	251	1566	5	2013-12-13 00:00:00	2013-12-22 00:00:00	102.564	8.2051	2.5641	2013-12-22 00:00:00
1418	4	4	253	1698	5	2013-12-13 00:00:00	2013-12-22 00:00:00	150.7905	12.0632	3.7698	2013-12-22 00:00:00
1419	4	4	255	1560	5	2013-12-13 00:00:00	2013-12-22 00:00:00	13669.425	1093.554	341.7356	2013-12-22 00:00:00
1420	4	4	256	1692	5	2013-12-13 00:00:00	2013-12-22 00:00:00	9637.11	770.9688	240.9278	2013-12-22 00:00:00
1421	4	4	259	1696	5	2013-12-13 00:00:00	2013-12-22 00:00:00	39258.45	3140.676	981.4613	2013-12-22 00:00:00
1422	4	4	250	1504	1	2013-12-13 00:00:00	2013-12-22 00:00:00	551.88	44.1504	13.797	2013-12-22 00:00:00
1423	4	4	258	1544	1	2013-12-13 00:00:00	2013-12-22 00:00:00	3176.25	254.1	79.4063	2013-12-22 00:00:00
1424	5	4	254	1530	2	2013-12-13 00:00:00	2013-12-22 00:00:00	28072.275	2245.782	701.8069	2013-12-22 00:00:00
1425	4	4	257	1508	1	2013-12-13 00:00:00	2013-12-22 00:00:00	37312.275	2984.982	932.8069	2013-12-22 00:00:00
1426	4	4	261	1694	1	2013-12-13 00:00:00	2013-12-22 00:00:00	7623	609.84	190.575	2013-12-22 00:00:00
1427	4	4	251	1624	2	2013-12-13 00:00:00	2013-12-22 00:00:00	28297.5	2263.8	707.4375	2013-12-22 00:00:00
1428	4	4	253	1548	2	2013-12-13 00:00:00	2013-12-22 00:00:00	59.9445	4.7956	1.4986	2013-12-22 00:00:00
1429	4	4	255	1598	5	2013-12-13 00:00:00	2013-12-22 00:00:00	222.0435	17.7635	5.5511	2013-12-22 00:00:00
1430	4	4	256	1658	5	2013-12-13 00:00:00	2013-12-22 00:00:00	43878.45	3510.276	1096.9613	2013-12-22 00:00:00
1431	4	4	259	1536	4	2013-12-13 00:00:00	2013-12-22 00:00:00	525.7665	42.0613	13.1442	2013-12-22 00:00:00
1432	4	4	260	1568	2	2013-12-13 00:00:00	2013-12-22 00:00:00	10914.75	873.18	272.8688	2013-12-22 00:00:00
1433	4	4	250	1648	5	2013-12-14 00:00:00	2013-12-23 00:00:00	142.4115	11.3929	3.5603	2013-12-23 00:00:00
1434	4	4	254	1646	2	2013-12-14 00:00:00	2013-12-23 00:00:00	28794.15	2303.532	719.8538	2013-12-23 00:00:00
1435	4	4	257	1672	4	2013-12-14 00:00:00	2013-12-23 00:00:00	51807.3465	4144.5877	1295.1837	2013-12-23 00:00:00
1436	4	4	261	1600	1	2013-12-14 00:00:00	2013-12-23 00:00:00	1276.275	102.102	31.9069	2013-12-23 00:00:00
1437	4	4	251	1522	1	2013-12-17 00:00:00	2013-12-26 00:00:00	2003.925	160.314	50.0981	2013-12-26 00:00:00
1438	4	4	253	1570	2	2013-12-17 00:00:00	2013-12-26 00:00:00	50860.425	4068.834	1271.5106	2013-12-26 00:00:00
1439	4	4	255	1516	1	2013-12-17 00:00:00	2013-12-26 00:00:00	454.86	36.3888	11.3715	2013-12-26 00:00:00
1440	4	4	256	1506	5	2013-12-17 00:00:00	2013-12-26 00:00:00	43878.45	3510.276	1096.9613	2013-12-26 00:00:00
1441	4	4	259	1626	2	2013-12-17 00:00:00	2013-12-26 00:00:00	7132.125	570.57	178.3031	2013-12-26 00:00:00
1442	5	4	260	1542	2	2013-12-17 00:00:00	2013-12-26 00:00:00	28343.7	2267.496	708.5925	2013-12-26 00:00:00
1443	4	4	258	1610	4	2013-12-17 00:00:00	2013-12-26 00:00:00	22516.725	1801.338	562.9181	2013-12-26 00:00:00
1444	4	4	254	1638	5	2013-12-17 00:00:00	2013-12-26 00:00:00	34644.225	2771.538	866.1056	2013-12-26 00:00:00
1445	4	4	257	1582	4	2013-12-17 00:00:00	2013-12-26 00:00:00	364.9275	29.1942	9.1232	2013-12-26 00:00:00
1446	4	4	261	1510	5	2013-12-17 00:00:00	2013-12-26 00:00:00	143.0415	11.4433	3.576	2013-12-26 00:00:00
1447	4	4	251	1526	2	2013-12-17 00:00:00	2013-12-26 00:00:00	28199.325	2255.946	704.9831	2013-12-26 00:00:00
1448	4	4	253	1644	1	2013-12-17 00:00:00	2013-12-26 00:00:00	3713.325	297.066	92.8331	2013-12-26 00:00:00
1449	4	4	255	1680	5	2013-12-17 00:00:00	2013-12-26 00:00:00	63831.075	5106.486	1595.7769	2013-12-26 00:00:00
1450	4	4	256	1584	5	2013-12-17 00:00:00	2013-12-26 00:00:00	9585.45	766.836	239.6363	2013-12-26 00:00:00
1451	4	4	252	1620	5	2013-12-17 00:00:00	2013-12-26 00:00:00	5711.475	456.918	142.7869	2013-12-26 00:00:00
1452	4	4	260	1666	5	2013-12-17 00:00:00	2013-12-26 00:00:00	273.7035	21.8963	6.8426	2013-12-26 00:00:00
1453	4	4	258	1592	2	2013-12-18 00:00:00	2013-12-27 00:00:00	97.965	7.8372	2.4491	2013-12-27 00:00:00
1454	4	4	254	1618	4	2013-12-18 00:00:00	2013-12-27 00:00:00	114.471	9.1577	2.8618	2013-12-27 00:00:00
1455	4	4	257	1612	4	2013-12-18 00:00:00	2013-12-27 00:00:00	132.6465	10.6117	3.3162	2013-12-27 00:00:00
1456	4	4	261	1586	5	2013-12-18 00:00:00	2013-12-27 00:00:00	43878.45	3510.276	1096.9613	2013-12-27 00:00:00
1457	4	4	250	1500	1	2013-12-18 00:00:00	2013-12-27 00:00:00	418.95	33.516	10.4738	2013-12-27 00:00:00
1458	4	4	253	1656	4	2013-12-18 00:00:00	2013-12-27 00:00:00	633.7485	50.6999	15.8437	2013-12-27 00:00:00
1459	4	4	255	1572	1	2013-12-18 00:00:00	2013-12-27 00:00:00	461.79	36.9432	11.5448	2013-12-27 00:00:00
1460	4	4	256	1562	4	2013-12-18 00:00:00	2013-12-27 00:00:00	364.455	29.1564	9.1114	2013-12-27 00:00:00
1461	4	4	259	1662	2	2013-12-18 00:00:00	2013-12-27 00:00:00	37.0755	2.966	0.9269	2013-12-27 00:00:00
1462	4	4	260	1682	4	2013-12-18 00:00:00	2013-12-27 00:00:00	21558.075	1724.646	538.9519	2013-12-27 00:00:00
1463	4	4	258	1686	4	2013-12-18 00:00:00	2013-12-27 00:00:00	364.455	29.1564	9.1114	2013-12-27 00:00:00
1464	6	4	254	1684	5	2013-12-18 00:00:00	2013-12-27 00:00:00	41048.7	3283.896	1026.2175	2013-12-27 00:00:00
1465	4	4	252	1534	4	2013-12-18 00:00:00	2013-12-27 00:00:00	713.79	57.1032	17.8448	2013-12-27 00:00:00
1466	4	4	261	1614	5	2013-12-18 00:00:00	2013-12-27 00:00:00	564.8265	45.1861	14.1207	2013-12-27 00:00:00
1467	4	4	251	1588	5	2013-12-18 00:00:00	2013-12-27 00:00:00	40471.2	3237.696	1011.78	2013-12-27 00:00:00
1468	4	4	253	1622	4	2013-12-18 00:00:00	2013-12-27 00:00:00	136.332	10.9066	3.4083	2013-12-27 00:00:00
1469	4	4	255	1632	5	2013-12-19 00:00:00	2013-12-28 00:00:00	62092.8	4967.424	1552.32	2013-12-28 00:00:00
1470	4	4	256	1608	5	2013-12-19 00:00:00	2013-12-28 00:00:00	5948.25	475.86	148.7063	2013-12-28 00:00:00
1471	4	4	259	1576	5	2013-12-19 00:00:00	2013-12-28 00:00:00	91117.95	7289.436	2277.9488	2013-12-28 00:00:00
1472	4	4	260	1590	1	2013-12-19 00:00:00	2013-12-28 00:00:00	525	42	13.125	2013-12-28 00:00:00
1473	4	4	258	1514	3	2013-12-19 00:00:00	2013-12-28 00:00:00	1721.79	137.7432	43.0448	2013-12-28 00:00:00
1474	4	4	254	1498	4	2013-12-19 00:00:00	2013-12-28 00:00:00	26455.275	2116.422	661.3819	2013-12-28 00:00:00
1475	4	4	257	1674	2	2013-12-19 00:00:00	2013-12-28 00:00:00	944.37	75.5496	23.6093	2013-12-28 00:00:00
1476	5	4	261	1652	4	2013-12-19 00:00:00	2013-12-28 00:00:00	51588.075	4127.046	1289.7019	2013-12-28 00:00:00
1477	4	4	251	1578	3	2013-12-19 00:00:00	2013-12-28 00:00:00	62843.55	5027.484	1571.0888	2013-12-28 00:00:00
1478	4	4	253	1538	5	2013-12-19 00:00:00	2013-12-28 00:00:00	37843.575	3027.486	946.0894	2013-12-28 00:00:00
1479	4	4	255	1556	4	2013-12-19 00:00:00	2013-12-28 00:00:00	25531.275	2042.502	638.2819	2013-12-28 00:00:00
1480	4	4	256	1554	4	2013-12-19 00:00:00	2013-12-28 00:00:00	358.6275	28.6902	8.9657	2013-12-28 00:00:00
1481	4	4	259	1688	4	2013-12-19 00:00:00	2013-12-28 00:00:00	125.748	10.0598	3.1437	2013-12-28 00:00:00
1482	4	4	260	1580	5	2013-12-19 00:00:00	2013-12-28 00:00:00	150.7905	12.0632	3.7698	2013-12-28 00:00:00
1483	4	4	258	1496	5	2013-12-19 00:00:00	2013-12-28 00:00:00	416.745	33.3396	10.4186	2013-12-28 00:00:00
1484	4	4	254	1494	2	2013-12-19 00:00:00	2013-12-28 00:00:00	8847.3	707.784	221.1825	2013-12-28 00:00:00
1485	4	4	257	1650	5	2013-12-20 00:00:00	2013-12-29 00:00:00	171.0765	13.6861	4.2769	2013-12-29 00:00:00
1486	4	4	261	1654	4	2013-12-20 00:00:00	2013-12-29 00:00:00	20397.3	1631.784	509.9325	2013-12-29 00:00:00
1487	4	4	251	1664	3	2013-12-20 00:00:00	2013-12-29 00:00:00	14628.075	1170.246	365.7019	2013-12-29 00:00:00
1488	4	4	253	1678	3	2013-12-20 00:00:00	2013-12-29 00:00:00	58685.55	4694.844	1467.1388	2013-12-29 00:00:00
1489	4	4	252	1616	4	2013-12-20 00:00:00	2013-12-29 00:00:00	630.5985	50.4479	15.765	2013-12-29 00:00:00
1490	4	4	256	1492	4	2013-12-20 00:00:00	2013-12-29 00:00:00	358.6275	28.6902	8.9657	2013-12-29 00:00:00
1491	4	4	259	1602	5	2013-12-20 00:00:00	2013-12-29 00:00:00	1525.23	122.0184	38.1308	2013-12-29 00:00:00
1492	4	4	260	1540	4	2013-12-20 00:00:00	2013-12-29 00:00:00	228.438	18.275	5.711	2013-12-29 00:00:00
1493	4	4	258	1628	5	2013-12-20 00:00:00	2013-12-29 00:00:00	34644.225	2771.538	866.1056	2013-12-29 00:00:00
1494	4	4	254	1604	4	2013-12-20 00:00:00	2013-12-29 00:00:00	257.5755	20.606	6.4394	2013-12-29 00:00:00
1495	4	4	257	1690	5	2013-12-20 00:00:00	2013-12-29 00:00:00	146.286	11.7029	3.6572	2013-12-29 00:00:00
1496	4	4	261	1566	5	2013-12-20 00:00:00	2013-12-29 00:00:00	102.564	8.2051	2.5641	2013-12-29 00:00:00
1497	4	4	251	1698	5	2013-12-20 00:00:00	2013-12-29 00:00:00	150.7905	12.0632	3.7698	2013-12-29 00:00:00
1498	4	4	253	1560	5	2013-12-20 00:00:00	2013-12-29 00:00:00	13669.425	1093.554	341.7356	2013-12-29 00:00:00
1499	4	4	255	1692	5	2013-12-20 00:00:00	2013-12-29 00:00:00	6756.12	540.4896	168.903	2013-12-29 00:00:00
1500	4	4	252	1696	2	2013-12-20 00:00:00	2013-12-29 00:00:00	50860.425	4068.834	1271.5106	2013-12-29 00:00:00
1501	4	4	259	1504	1	2013-12-23 00:00:00	2014-01-01 00:00:00	551.88	44.1504	13.797	2014-01-01 00:00:00
1502	4	4	260	1544	1	2013-12-23 00:00:00	2014-01-01 00:00:00	3811.5	304.92	95.2875	2014-01-01 00:00:00
1503	4	4	258	1530	2	2013-12-23 00:00:00	2014-01-01 00:00:00	28072.275	2245.782	701.8069	2014-01-01 00:00:00
1504	4	3	250	1508	1	2013-12-23 00:00:00	2014-01-01 00:00:00	35394.975	2831.598	884.8744	2014-01-01 00:00:00
1505	4	4	257	1694	1	2013-12-23 00:00:00	2014-01-01 00:00:00	7623	609.84	190.575	2014-01-01 00:00:00
1506	4	4	261	1624	2	2013-12-23 00:00:00	2014-01-01 00:00:00	28297.5	2263.8	707.4375	2014-01-01 00:00:00
1507	4	4	251	1548	2	2013-12-23 00:00:00	2014-01-01 00:00:00	59.9445	4.7956	1.4986	2014-01-01 00:00:00
1508	4	4	253	1598	4	2013-12-23 00:00:00	2014-01-01 00:00:00	598.878	47.9102	14.972	2014-01-01 00:00:00
1509	4	4	255	1658	5	2013-12-23 00:00:00	2014-01-01 00:00:00	43878.45	3510.276	1096.9613	2014-01-01 00:00:00
1510	4	4	256	1536	4	2013-12-23 00:00:00	2014-01-01 00:00:00	377.055	30.1644	9.4264	2014-01-01 00:00:00
1511	4	4	259	1568	1	2013-12-23 00:00:00	2014-01-01 00:00:00	18220.125	1457.61	455.5031	2014-01-01 00:00:00
1512	4	4	260	1648	5	2013-12-23 00:00:00	2014-01-01 00:00:00	142.4115	11.3929	3.5603	2014-01-01 00:00:00
1513	4	4	258	1646	5	2013-12-23 00:00:00	2014-01-01 00:00:00	19236.525	1538.922	480.9131	2014-01-01 00:00:00
1514	4	4	254	1672	4	2013-12-23 00:00:00	2014-01-01 00:00:00	285.0435	22.8035	7.1261	2014-01-01 00:00:00
1515	6	4	257	1600	1	2013-12-23 00:00:00	2014-01-01 00:00:00	1276.275	102.102	31.9069	2014-01-01 00:00:00
1516	4	4	261	1522	1	2013-12-23 00:00:00	2014-01-01 00:00:00	2003.925	160.314	50.0981	2014-01-01 00:00:00
1517	4	4	251	1570	2	2013-12-24 00:00:00	2014-01-02 00:00:00	50860.425	4068.834	1271.5106	2014-01-02 00:00:00
1518	4	4	253	1516	1	2013-12-24 00:00:00	2014-01-02 00:00:00	454.86	36.3888	11.3715	2014-01-02 00:00:00
1519	4	4	255	1506	5	2013-12-24 00:00:00	2014-01-02 00:00:00	43878.45	3510.276	1096.9613	2014-01-02 00:00:00
1520	4	4	256	1626	2	2013-12-24 00:00:00	2014-01-02 00:00:00	7132.125	570.57	178.3031	2014-01-02 00:00:00
1521	4	4	259	1542	2	2013-12-24 00:00:00	2014-01-02 00:00:00	28343.7	2267.496	708.5925	2014-01-02 00:00:00
1522	4	4	250	1610	4	2013-12-24 00:00:00	2014-01-02 00:00:00	22516.725	1801.338	562.9181	2014-01-02 00:00:00
1523	4	4	258	1638	5	2013-12-24 00:00:00	2014-01-02 00:00:00	34644.225	2771.538	866.1056	2014-01-02 00:00:00
1524	4	4	254	1582	5	2013-12-24 00:00:00	2014-01-02 00:00:00	278.838	22.307	6.971	2014-01-02 00:00:00
1525	4	4	257	1510	5	2013-12-24 00:00:00	2014-01-02 00:00:00	143.0415	11.4433	3.576	2014-01-02 00:00:00
1526	4	4	261	1526	2	2013-12-24 00:00:00	2014-01-02 00:00:00	28199.325	2255.946	704.9831	2014-01-02 00:00:00
1527	4	4	251	1644	1	2013-12-24 00:00:00	2014-01-02 00:00:00	3713.325	297.066	92.8331	2014-01-02 00:00:00
1528	4	4	253	1680	5	2013-12-24 00:00:00	2014-01-02 00:00:00	63831.075	5106.486	1595.7769	2014-01-02 00:00:00
1529	4	4	255	1584	5	2013-12-24 00:00:00	2014-01-02 00:00:00	6754.86	540.3888	168.8715	2014-01-02 00:00:00
1530	4	4	256	1620	5	2013-12-24 00:00:00	2014-01-02 00:00:00	5711.475	456.918	142.7869	2014-01-02 00:00:00
1531	4	4	259	1666	4	2013-12-24 00:00:00	2014-01-02 00:00:00	503.0865	40.2469	12.5772	2014-01-02 00:00:00
1532	4	4	260	1592	2	2013-12-24 00:00:00	2014-01-02 00:00:00	97.965	7.8372	2.4491	2014-01-02 00:00:00
1533	4	4	250	1618	4	2013-12-25 00:00:00	2014-01-03 00:00:00	114.471	9.1577	2.8618	2014-01-03 00:00:00
1534	4	4	254	1612	4	2013-12-25 00:00:00	2014-01-03 00:00:00	132.6465	10.6117	3.3162	2014-01-03 00:00:00
1535	4	4	257	1586	5	2013-12-25 00:00:00	2014-01-03 00:00:00	43878.45	3510.276	1096.9613	2014-01-03 00:00:00
1536	4	4	261	1500	1	2013-12-25 00:00:00	2014-01-03 00:00:00	418.95	33.516	10.4738	2014-01-03 00:00:00
1537	5	4	251	1656	4	2013-12-25 00:00:00	2014-01-03 00:00:00	744.1245	59.53	18.6031	2014-01-03 00:00:00
1538	4	4	253	1572	1	2013-12-25 00:00:00	2014-01-03 00:00:00	461.79	36.9432	11.5448	2014-01-03 00:00:00
1539	5	4	255	1562	4	2013-12-25 00:00:00	2014-01-03 00:00:00	617.6835	49.4147	15.4421	2014-01-03 00:00:00
1540	4	4	256	1662	2	2013-12-25 00:00:00	2014-01-03 00:00:00	37.0755	2.966	0.9269	2014-01-03 00:00:00
1541	4	4	259	1682	4	2013-12-25 00:00:00	2014-01-03 00:00:00	21558.075	1724.646	538.9519	2014-01-03 00:00:00
1542	4	4	260	1686	4	2013-12-25 00:00:00	2014-01-03 00:00:00	234.6435	18.7715	5.8661	2014-01-03 00:00:00
1543	4	4	258	1684	4	2013-12-25 00:00:00	2014-01-03 00:00:00	45172.05	3613.764	1129.3013	2014-01-03 00:00:00
1544	4	4	254	1534	5	2013-12-25 00:00:00	2014-01-03 00:00:00	279.783	22.3826	6.9946	2014-01-03 00:00:00
1545	4	4	257	1614	4	2013-12-26 00:00:00	2014-01-04 00:00:00	663.6735	53.0939	16.5918	2014-01-04 00:00:00
1546	4	4	261	1588	5	2013-12-26 00:00:00	2014-01-04 00:00:00	40471.2	3237.696	1011.78	2014-01-04 00:00:00
1547	4	4	251	1622	5	2013-12-26 00:00:00	2014-01-04 00:00:00	836.01	66.8808	20.9003	2014-01-04 00:00:00
1548	4	4	253	1632	5	2013-12-26 00:00:00	2014-01-04 00:00:00	62092.8	4967.424	1552.32	2014-01-04 00:00:00
1549	4	4	255	1608	5	2013-12-26 00:00:00	2014-01-04 00:00:00	5948.25	475.86	148.7063	2014-01-04 00:00:00
1550	4	4	256	1576	5	2013-12-26 00:00:00	2014-01-04 00:00:00	91117.95	7289.436	2277.9488	2014-01-04 00:00:00
1551	4	4	252	1590	1	2013-12-26 00:00:00	2014-01-04 00:00:00	525	42	13.125	2014-01-04 00:00:00
1552	4	4	260	1514	5	2013-12-26 00:00:00	2014-01-04 00:00:00	281.8935	22.5515	7.0473	2014-01-04 00:00:00
1553	4	4	258	1498	4	2013-12-26 00:00:00	2014-01-04 00:00:00	26455.275	2116.422	661.3819	2014-01-04 00:00:00
1554	4	4	254	1674	2	2013-12-26 00:00:00	2014-01-04 00:00:00	944.37	75.5496	23.6093	2014-01-04 00:00:00
1555	4	4	257	1652	4	2013-12-26 00:00:00	2014-01-04 00:00:00	51588.075	4127.046	1289.7019	2014-01-04 00:00:00
1556	4	4	261	1578	3	2013-12-26 00:00:00	2014-01-04 00:00:00	62843.55	5027.484	1571.0888	2014-01-04 00:00:00
1557	4	4	250	1538	5	2013-12-30 00:00:00	2014-01-08 00:00:00	37843.575	3027.486	946.0894	2014-01-08 00:00:00
1558	4	4	253	1556	4	2013-12-30 00:00:00	2014-01-08 00:00:00	25531.275	2042.502	638.2819	2014-01-08 00:00:00
1559	4	4	255	1554	4	2013-12-30 00:00:00	2014-01-08 00:00:00	234.9585	18.7967	5.874	2014-01-08 00:00:00
1560	4	4	256	1688	4	2013-12-30 00:00:00	2014-01-08 00:00:00	125.748	10.0598	3.1437	2014-01-08 00:00:00
1561	4	4	259	1580	5	2013-12-30 00:00:00	2014-01-08 00:00:00	150.7905	12.0632	3.7698	2014-01-08 00:00:00
1562	4	4	260	1496	5	2013-12-30 00:00:00	2014-01-08 00:00:00	273.7035	21.8963	6.8426	2014-01-08 00:00:00
1563	4	4	258	1494	2	2013-12-30 00:00:00	2014-01-08 00:00:00	8847.3	707.784	221.1825	2014-01-08 00:00:00
1564	4	4	254	1650	5	2013-12-30 00:00:00	2014-01-08 00:00:00	171.0765	13.6861	4.2769	2014-01-08 00:00:00
1565	4	4	252	1654	4	2013-12-30 00:00:00	2014-01-08 00:00:00	20397.3	1631.784	509.9325	2014-01-08 00:00:00
1566	4	4	261	1664	3	2013-12-30 00:00:00	2014-01-08 00:00:00	14628.075	1170.246	365.7019	2014-01-08 00:00:00
1567	4	4	251	1678	3	2013-12-30 00:00:00	2014-01-08 00:00:00	58685.55	4694.844	1467.1388	2014-01-08 00:00:00
1568	4	4	253	1616	4	2013-12-30 00:00:00	2014-01-08 00:00:00	567.378	45.3902	14.1845	2014-01-08 00:00:00
1569	4	4	255	1492	4	2013-12-30 00:00:00	2014-01-08 00:00:00	234.9585	18.7967	5.874	2014-01-08 00:00:00
1570	4	4	256	1602	5	2013-12-30 00:00:00	2014-01-08 00:00:00	1796.0355	143.6828	44.9009	2014-01-08 00:00:00
1571	4	4	259	1540	4	2013-12-30 00:00:00	2014-01-08 00:00:00	514.7415	41.1793	12.8685	2014-01-08 00:00:00
1572	4	4	260	1628	5	2013-12-30 00:00:00	2014-01-08 00:00:00	34644.225	2771.538	866.1056	2014-01-08 00:00:00
1573	4	4	258	1604	3	2013-12-31 00:00:00	2014-01-09 00:00:00	1581.93	126.5544	39.5483	2014-01-09 00:00:00
1574	4	4	254	1690	5	2013-12-31 00:00:00	2014-01-09 00:00:00	146.286	11.7029	3.6572	2014-01-09 00:00:00
1575	4	4	257	1566	5	2013-12-31 00:00:00	2014-01-09 00:00:00	102.564	8.2051	2.5641	2014-01-09 00:00:00
1576	4	4	261	1698	5	2013-12-31 00:00:00	2014-01-09 00:00:00	150.7905	12.0632	3.7698	2014-01-09 00:00:00
1577	4	4	251	1560	5	2013-12-31 00:00:00	2014-01-09 00:00:00	13669.425	1093.554	341.7356	2014-01-09 00:00:00
1578	4	4	253	1692	5	2013-12-31 00:00:00	2014-01-09 00:00:00	16393.23	1311.4584	409.8308	2014-01-09 00:00:00
1579	4	4	255	1696	2	2013-12-31 00:00:00	2014-01-09 00:00:00	79204.125	6336.33	1980.1031	2014-01-09 00:00:00
1580	4	4	256	1504	1	2013-12-31 00:00:00	2014-01-09 00:00:00	551.88	44.1504	13.797	2014-01-09 00:00:00
1581	4	4	259	1544	1	2013-12-31 00:00:00	2014-01-09 00:00:00	3176.25	254.1	79.4063	2014-01-09 00:00:00
1582	4	4	260	1530	2	2013-12-31 00:00:00	2014-01-09 00:00:00	28072.275	2245.782	701.8069	2014-01-09 00:00:00
1583	4	4	258	1508	1	2013-12-31 00:00:00	2014-01-09 00:00:00	1917.3	153.384	47.9325	2014-01-09 00:00:00
1584	5	4	254	1694	1	2013-12-31 00:00:00	2014-01-09 00:00:00	4215.75	337.26	105.3938	2014-01-09 00:00:00
1585	4	4	257	1624	2	2014-01-01 00:00:00	2014-01-10 00:00:00	28297.5	2263.8	707.4375	2014-01-10 00:00:00
1586	4	4	261	1548	2	2014-01-01 00:00:00	2014-01-10 00:00:00	59.9445	4.7956	1.4986	2014-01-10 00:00:00
1587	4	4	251	1598	4	2014-01-01 00:00:00	2014-01-10 00:00:00	456.687	36.535	11.4172	2014-01-10 00:00:00
1588	4	4	253	1658	5	2014-01-01 00:00:00	2014-01-10 00:00:00	43878.45	3510.276	1096.9613	2014-01-10 00:00:00
1589	4	4	252	1536	4	2014-01-01 00:00:00	2014-01-10 00:00:00	592.7985	47.4239	14.82	2014-01-10 00:00:00
1590	4	4	256	1568	1	2014-01-01 00:00:00	2014-01-10 00:00:00	13825.35	1106.028	345.6338	2014-01-10 00:00:00
1591	4	4	259	1648	5	2014-01-01 00:00:00	2014-01-10 00:00:00	142.4115	11.3929	3.5603	2014-01-10 00:00:00
1592	4	4	260	1646	2	2014-01-01 00:00:00	2014-01-10 00:00:00	28794.15	2303.532	719.8538	2014-01-10 00:00:00
1593	4	4	258	1672	4	2014-01-01 00:00:00	2014-01-10 00:00:00	408.555	32.6844	10.2139	2014-01-10 00:00:00
1594	4	4	254	1600	1	2014-01-01 00:00:00	2014-01-10 00:00:00	1276.275	102.102	31.9069	2014-01-10 00:00:00
1595	4	4	257	1522	1	2014-01-01 00:00:00	2014-01-10 00:00:00	2003.925	160.314	50.0981	2014-01-10 00:00:00
1596	4	4	261	1570	2	2014-01-01 00:00:00	2014-01-10 00:00:00	50860.425	4068.834	1271.5106	2014-01-10 00:00:00
1597	4	4	251	1516	1	2014-01-01 00:00:00	2014-01-10 00:00:00	454.86	36.3888	11.3715	2014-01-10 00:00:00
1598	4	4	253	1506	5	2014-01-01 00:00:00	2014-01-10 00:00:00	43878.45	3510.276	1096.9613	2014-01-10 00:00:00
1599	4	4	255	1626	2	2014-01-01 00:00:00	2014-01-10 00:00:00	7132.125	570.57	178.3031	2014-01-10 00:00:00
1600	4	4	252	1542	2	2014-01-01 00:00:00	2014-01-10 00:00:00	28343.7	2267.496	708.5925	2014-01-10 00:00:00
1601	4	4	259	1610	4	2014-01-02 00:00:00	2014-01-11 00:00:00	22516.725	1801.338	562.9181	2014-01-11 00:00:00
1602	4	4	260	1638	5	2014-01-02 00:00:00	2014-01-11 00:00:00	34644.225	2771.538	866.1056	2014-01-11 00:00:00
1603	4	4	258	1582	5	2014-01-02 00:00:00	2014-01-11 00:00:00	415.3275	33.2262	10.3832	2014-01-11 00:00:00
1604	4	3	250	1510	5	2014-01-02 00:00:00	2014-01-11 00:00:00	143.0415	11.4433	3.576	2014-01-11 00:00:00
1605	4	4	257	1526	2	2014-01-02 00:00:00	2014-01-11 00:00:00	28199.325	2255.946	704.9831	2014-01-11 00:00:00
1606	4	4	261	1644	1	2014-01-02 00:00:00	2014-01-11 00:00:00	3713.325	297.066	92.8331	2014-01-11 00:00:00
1607	4	4	251	1680	5	2014-01-02 00:00:00	2014-01-11 00:00:00	63831.075	5106.486	1595.7769	2014-01-11 00:00:00
1608	4	4	253	1584	5	2014-01-02 00:00:00	2014-01-11 00:00:00	16340.31	1307.2248	408.5078	2014-01-11 00:00:00
1609	4	4	255	1620	5	2014-01-02 00:00:00	2014-01-11 00:00:00	5711.475	456.918	142.7869	2014-01-11 00:00:00
1610	4	4	256	1666	4	2014-01-02 00:00:00	2014-01-11 00:00:00	360.045	28.8036	9.0011	2014-01-11 00:00:00
1611	4	4	259	1592	2	2014-01-02 00:00:00	2014-01-11 00:00:00	97.965	7.8372	2.4491	2014-01-11 00:00:00
1612	4	4	260	1618	4	2014-01-02 00:00:00	2014-01-11 00:00:00	114.471	9.1577	2.8618	2014-01-11 00:00:00
1613	4	4	258	1612	4	2014-01-02 00:00:00	2014-01-11 00:00:00	132.6465	10.6117	3.3162	2014-01-11 00:00:00
1614	4	4	254	1586	5	2014-01-02 00:00:00	2014-01-11 00:00:00	43878.45	3510.276	1096.9613	2014-01-11 00:00:00
1615	4	4	257	1500	1	2014-01-02 00:00:00	2014-01-11 00:00:00	418.95	33.516	10.4738	2014-01-11 00:00:00
1616	4	4	261	1656	5	2014-01-02 00:00:00	2014-01-11 00:00:00	558.117	44.6494	13.9529	2014-01-11 00:00:00
1617	4	4	251	1572	1	2014-01-03 00:00:00	2014-01-12 00:00:00	461.79	36.9432	11.5448	2014-01-12 00:00:00
1618	4	4	253	1562	4	2014-01-03 00:00:00	2014-01-12 00:00:00	662.0985	52.9679	16.5525	2014-01-12 00:00:00
1619	4	4	255	1662	2	2014-01-03 00:00:00	2014-01-12 00:00:00	37.0755	2.966	0.9269	2014-01-12 00:00:00
1620	4	4	256	1682	4	2014-01-03 00:00:00	2014-01-12 00:00:00	21558.075	1724.646	538.9519	2014-01-12 00:00:00
1621	4	4	259	1686	4	2014-01-03 00:00:00	2014-01-12 00:00:00	475.6815	38.0545	11.892	2014-01-12 00:00:00
1622	4	4	250	1684	5	2014-01-03 00:00:00	2014-01-12 00:00:00	41048.7	3283.896	1026.2175	2014-01-12 00:00:00
1623	4	4	258	1534	5	2014-01-03 00:00:00	2014-01-12 00:00:00	416.745	33.3396	10.4186	2014-01-12 00:00:00
1624	4	4	254	1614	5	2014-01-03 00:00:00	2014-01-12 00:00:00	279.153	22.3322	6.9788	2014-01-12 00:00:00
1625	4	4	257	1588	5	2014-01-03 00:00:00	2014-01-12 00:00:00	40471.2	3237.696	1011.78	2014-01-12 00:00:00
1626	4	4	261	1622	4	2014-01-03 00:00:00	2014-01-12 00:00:00	389.655	31.1724	9.7414	2014-01-12 00:00:00
1627	4	4	251	1632	5	2014-01-03 00:00:00	2014-01-12 00:00:00	62092.8	4967.424	1552.32	2014-01-12 00:00:00
1628	4	4	253	1608	5	2014-01-03 00:00:00	2014-01-12 00:00:00	5948.25	475.86	148.7063	2014-01-12 00:00:00
1629	4	4	255	1576	5	2014-01-03 00:00:00	2014-01-12 00:00:00	91117.95	7289.436	2277.9488	2014-01-12 00:00:00
1630	4	4	256	1590	1	2014-01-03 00:00:00	2014-01-12 00:00:00	525	42	13.125	2014-01-12 00:00:00
1631	5	4	259	1514	3	2014-01-03 00:00:00	2014-01-12 00:00:00	1721.79	137.7432	43.0448	2014-01-12 00:00:00
1632	4	4	260	1498	4	2014-01-03 00:00:00	2014-01-12 00:00:00	26455.275	2116.422	661.3819	2014-01-12 00:00:00
1633	4	4	250	1674	2	2014-01-06 00:00:00	2014-01-15 00:00:00	944.37	75.5496	23.6093	2014-01-15 00:00:00
1634	4	4	254	1652	4	2014-01-06 00:00:00	2014-01-15 00:00:00	44594.55	3567.564	1114.8638	2014-01-15 00:00:00
1635	4	4	257	1578	3	2014-01-06 00:00:00	2014-01-15 00:00:00	62843.55	5027.484	1571.0888	2014-01-15 00:00:00
1636	4	4	261	1538	5	2014-01-06 00:00:00	2014-01-15 00:00:00	37843.575	3027.486	946.0894	2014-01-15 00:00:00
1637	4	4	251	1556	4	2014-01-06 00:00:00	2014-01-15 00:00:00	25531.275	2042.502	638.2819	2014-01-15 00:00:00
1638	4	4	253	1554	5	2014-01-06 00:00:00	2014-01-15 00:00:00	694.1655	55.5332	17.3541	2014-01-15 00:00:00
1639	4	4	255	1688	4	2014-01-06 00:00:00	2014-01-15 00:00:00	125.748	10.0598	3.1437	2014-01-15 00:00:00
1640	4	4	256	1580	5	2014-01-06 00:00:00	2014-01-15 00:00:00	150.7905	12.0632	3.7698	2014-01-15 00:00:00
1641	4	4	259	1496	4	2014-01-06 00:00:00	2014-01-15 00:00:00	503.0865	40.2469	12.5772	2014-01-15 00:00:00
1642	4	4	260	1494	2	2014-01-06 00:00:00	2014-01-15 00:00:00	8847.3	707.784	221.1825	2014-01-15 00:00:00
1643	4	4	258	1650	5	2014-01-06 00:00:00	2014-01-15 00:00:00	171.0765	13.6861	4.2769	2014-01-15 00:00:00
1644	4	4	254	1654	4	2014-01-06 00:00:00	2014-01-15 00:00:00	20397.3	1631.784	509.9325	2014-01-15 00:00:00
1645	4	4	257	1664	3	2014-01-06 00:00:00	2014-01-15 00:00:00	14628.075	1170.246	365.7019	2014-01-15 00:00:00
1646	4	4	261	1678	3	2014-01-06 00:00:00	2014-01-15 00:00:00	58685.55	4694.844	1467.1388	2014-01-15 00:00:00
1647	4	4	251	1616	4	2014-01-06 00:00:00	2014-01-15 00:00:00	260.1585	20.8127	6.504	2014-01-15 00:00:00
1648	4	4	253	1492	5	2014-01-06 00:00:00	2014-01-15 00:00:00	694.1655	55.5332	17.3541	2014-01-15 00:00:00
1649	4	4	255	1602	5	2014-01-08 00:00:00	2014-01-17 00:00:00	1796.0355	143.6828	44.9009	2014-01-17 00:00:00
1650	4	4	256	1540	5	2014-01-08 00:00:00	2014-01-17 00:00:00	416.745	33.3396	10.4186	2014-01-17 00:00:00
1651	4	4	252	1628	5	2014-01-08 00:00:00	2014-01-17 00:00:00	34644.225	2771.538	866.1056	2014-01-17 00:00:00
1652	4	4	260	1604	4	2014-01-08 00:00:00	2014-01-17 00:00:00	257.5755	20.606	6.4394	2014-01-17 00:00:00
1653	6	4	258	1690	5	2014-01-08 00:00:00	2014-01-17 00:00:00	146.286	11.7029	3.6572	2014-01-17 00:00:00
1654	4	4	254	1566	5	2014-01-08 00:00:00	2014-01-17 00:00:00	102.564	8.2051	2.5641	2014-01-17 00:00:00
1655	4	4	257	1698	5	2014-01-08 00:00:00	2014-01-17 00:00:00	150.7905	12.0632	3.7698	2014-01-17 00:00:00
1656	4	4	261	1560	5	2014-01-08 00:00:00	2014-01-17 00:00:00	13669.425	1093.554	341.7356	2014-01-17 00:00:00
1657	4	4	250	1692	5	2014-01-08 00:00:00	2014-01-17 00:00:00	16393.23	1311.4584	409.8308	2014-01-17 00:00:00
1658	4	4	253	1696	4	2014-01-08 00:00:00	2014-01-17 00:00:00	22516.725	1801.338	562.9181	2014-01-17 00:00:00
1659	4	4	255	1504	1	2014-01-08 00:00:00	2014-01-17 00:00:00	551.88	44.1504	13.797	2014-01-17 00:00:00
1660	4	4	256	1544	1	2014-01-08 00:00:00	2014-01-17 00:00:00	6987.75	559.02	174.6938	2014-01-17 00:00:00
1661	4	4	259	1530	2	2014-01-08 00:00:00	2014-01-17 00:00:00	28072.275	2245.782	701.8069	2014-01-17 00:00:00
1662	4	4	260	1508	1	2014-01-08 00:00:00	2014-01-17 00:00:00	35394.975	2831.598	884.8744	2014-01-17 00:00:00
1663	4	4	258	1694	1	2014-01-08 00:00:00	2014-01-17 00:00:00	3407.25	272.58	85.1813	2014-01-17 00:00:00
1664	4	4	254	1624	2	2014-01-08 00:00:00	2014-01-17 00:00:00	28297.5	2263.8	707.4375	2014-01-17 00:00:00
1665	4	4	252	1548	2	2014-01-09 00:00:00	2014-01-18 00:00:00	59.9445	4.7956	1.4986	2014-01-18 00:00:00
1666	4	4	261	1598	4	2014-01-09 00:00:00	2014-01-18 00:00:00	487.9665	39.0373	12.1992	2014-01-18 00:00:00
1667	4	4	251	1658	5	2014-01-09 00:00:00	2014-01-18 00:00:00	43878.45	3510.276	1096.9613	2014-01-18 00:00:00
1668	4	4	253	1536	4	2014-01-09 00:00:00	2014-01-18 00:00:00	544.572	43.5658	13.6143	2014-01-18 00:00:00
1669	4	4	255	1568	2	2014-01-09 00:00:00	2014-01-18 00:00:00	36405.6	2912.448	910.14	2014-01-18 00:00:00
1670	4	4	256	1648	5	2014-01-09 00:00:00	2014-01-18 00:00:00	142.4115	11.3929	3.5603	2014-01-18 00:00:00
1671	4	4	259	1646	5	2014-01-09 00:00:00	2014-01-18 00:00:00	19236.525	1538.922	480.9131	2014-01-18 00:00:00
1672	4	4	260	1672	4	2014-01-09 00:00:00	2014-01-18 00:00:00	253.323	20.2658	6.3331	2014-01-18 00:00:00
1673	4	4	258	1600	1	2014-01-09 00:00:00	2014-01-18 00:00:00	1276.275	102.102	31.9069	2014-01-18 00:00:00
1674	4	4	254	1522	1	2014-01-09 00:00:00	2014-01-18 00:00:00	2003.925	160.314	50.0981	2014-01-18 00:00:00
1675	4	4	257	1570	2	2014-01-09 00:00:00	2014-01-18 00:00:00	50860.425	4068.834	1271.5106	2014-01-18 00:00:00
1676	4	4	261	1516	1	2014-01-09 00:00:00	2014-01-18 00:00:00	454.86	36.3888	11.3715	2014-01-18 00:00:00
1677	4	4	251	1506	5	2014-01-09 00:00:00	2014-01-18 00:00:00	43878.45	3510.276	1096.9613	2014-01-18 00:00:00
1678	4	4	253	1626	2	2014-01-09 00:00:00	2014-01-18 00:00:00	7132.125	570.57	178.3031	2014-01-18 00:00:00
1679	4	4	255	1542	2	2014-01-09 00:00:00	2014-01-18 00:00:00	28343.7	2267.496	708.5925	2014-01-18 00:00:00
1680	4	4	256	1610	4	2014-01-09 00:00:00	2014-01-18 00:00:00	22516.725	1801.338	562.9181	2014-01-18 00:00:00
1681	4	4	259	1638	5	2014-01-10 00:00:00	2014-01-19 00:00:00	34644.225	2771.538	866.1056	2014-01-19 00:00:00
1682	4	4	260	1582	5	2014-01-10 00:00:00	2014-01-19 00:00:00	272.7585	21.8207	6.819	2014-01-19 00:00:00
1683	5	4	258	1510	5	2014-01-10 00:00:00	2014-01-19 00:00:00	143.0415	11.4433	3.576	2014-01-19 00:00:00
1684	4	4	254	1526	2	2014-01-10 00:00:00	2014-01-19 00:00:00	28199.325	2255.946	704.9831	2014-01-19 00:00:00
1685	4	4	257	1644	1	2014-01-10 00:00:00	2014-01-19 00:00:00	3713.325	297.066	92.8331	2014-01-19 00:00:00
1686	4	4	261	1680	5	2014-01-10 00:00:00	2014-01-19 00:00:00	63831.075	5106.486	1595.7769	2014-01-19 00:00:00
1687	4	4	251	1584	5	2014-01-10 00:00:00	2014-01-19 00:00:00	16340.31	1307.2248	408.5078	2014-01-19 00:00:00
1688	4	4	253	1620	5	2014-01-10 00:00:00	2014-01-19 00:00:00	5711.475	456.918	142.7869	2014-01-19 00:00:00
1689	4	4	252	1666	4	2014-01-10 00:00:00	2014-01-19 00:00:00	235.9035	18.8723	5.8976	2014-01-19 00:00:00
1690	4	4	256	1592	2	2014-01-10 00:00:00	2014-01-19 00:00:00	97.965	7.8372	2.4491	2014-01-19 00:00:00
1691	4	4	259	1618	4	2014-01-10 00:00:00	2014-01-19 00:00:00	114.471	9.1577	2.8618	2014-01-19 00:00:00
1692	4	4	260	1612	4	2014-01-10 00:00:00	2014-01-19 00:00:00	132.6465	10.6117	3.3162	2014-01-19 00:00:00
1693	4	4	258	1586	5	2014-01-10 00:00:00	2014-01-19 00:00:00	43878.45	3510.276	1096.9613	2014-01-19 00:00:00
1694	4	4	254	1500	1	2014-01-10 00:00:00	2014-01-19 00:00:00	418.95	33.516	10.4738	2014-01-19 00:00:00
1695	4	4	257	1656	4	2014-01-10 00:00:00	2014-01-19 00:00:00	129.969	10.3975	3.2492	2014-01-19 00:00:00
1696	4	4	261	1572	1	2014-01-10 00:00:00	2014-01-19 00:00:00	461.79	36.9432	11.5448	2014-01-19 00:00:00
1697	4	4	251	1562	4	2014-01-15 00:00:00	2014-01-24 00:00:00	722.61	57.8088	18.0653	2014-01-24 00:00:00
1698	4	4	253	1662	2	2014-01-15 00:00:00	2014-01-24 00:00:00	37.0755	2.966	0.9269	2014-01-24 00:00:00
1699	4	4	255	1682	4	2014-01-15 00:00:00	2014-01-24 00:00:00	21558.075	1724.646	538.9519	2014-01-24 00:00:00
1700	4	4	252	1686	4	2014-01-15 00:00:00	2014-01-24 00:00:00	422.1	33.768	10.5525	2014-01-24 00:00:00
1701	4	4	259	1684	4	2014-01-15 00:00:00	2014-01-24 00:00:00	45172.05	3613.764	1129.3013	2014-01-24 00:00:00
1702	4	4	260	1534	5	2014-01-15 00:00:00	2014-01-24 00:00:00	273.7035	21.8963	6.8426	2014-01-24 00:00:00
1703	4	4	258	1614	5	2014-01-15 00:00:00	2014-01-24 00:00:00	415.8	33.264	10.395	2014-01-24 00:00:00
1704	4	3	250	1588	5	2014-01-15 00:00:00	2014-01-24 00:00:00	40471.2	3237.696	1011.78	2014-01-24 00:00:00
1705	4	4	257	1622	5	2014-01-15 00:00:00	2014-01-24 00:00:00	1225.665	98.0532	30.6416	2014-01-24 00:00:00
1706	4	4	261	1632	5	2014-01-15 00:00:00	2014-01-24 00:00:00	62092.8	4967.424	1552.32	2014-01-24 00:00:00
1707	4	4	251	1608	5	2014-01-15 00:00:00	2014-01-24 00:00:00	5948.25	475.86	148.7063	2014-01-24 00:00:00
1708	4	4	253	1576	5	2014-01-15 00:00:00	2014-01-24 00:00:00	91117.95	7289.436	2277.9488	2014-01-24 00:00:00
1709	4	4	255	1590	1	2014-01-15 00:00:00	2014-01-24 00:00:00	525	42	13.125	2014-01-24 00:00:00
1710	4	4	256	1514	5	2014-01-15 00:00:00	2014-01-24 00:00:00	2003.6835	160.2947	50.0921	2014-01-24 00:00:00
1711	4	4	259	1498	4	2014-01-15 00:00:00	2014-01-24 00:00:00	26455.275	2116.422	661.3819	2014-01-24 00:00:00
1712	4	4	260	1674	2	2014-01-15 00:00:00	2014-01-24 00:00:00	944.37	75.5496	23.6093	2014-01-24 00:00:00
1713	4	4	258	1652	1	2014-01-16 00:00:00	2014-01-25 00:00:00	6993.525	559.482	174.8381	2014-01-25 00:00:00
1714	4	4	254	1578	3	2014-01-16 00:00:00	2014-01-25 00:00:00	36122.625	2889.81	903.0656	2014-01-25 00:00:00
1715	4	4	257	1538	5	2014-01-16 00:00:00	2014-01-25 00:00:00	37843.575	3027.486	946.0894	2014-01-25 00:00:00
1716	4	4	261	1556	4	2014-01-16 00:00:00	2014-01-25 00:00:00	25531.275	2042.502	638.2819	2014-01-25 00:00:00
1717	4	4	251	1554	5	2014-01-16 00:00:00	2014-01-25 00:00:00	773.955	61.9164	19.3489	2014-01-25 00:00:00
1718	4	4	253	1688	4	2014-01-16 00:00:00	2014-01-25 00:00:00	125.748	10.0598	3.1437	2014-01-25 00:00:00
1719	4	4	255	1580	5	2014-01-16 00:00:00	2014-01-25 00:00:00	150.7905	12.0632	3.7698	2014-01-25 00:00:00
1720	4	4	256	1496	4	2014-01-16 00:00:00	2014-01-25 00:00:00	360.045	28.8036	9.0011	2014-01-25 00:00:00
1721	4	4	259	1494	2	2014-01-16 00:00:00	2014-01-25 00:00:00	8847.3	707.784	221.1825	2014-01-25 00:00:00
1722	5	4	250	1650	5	2014-01-16 00:00:00	2014-01-25 00:00:00	171.0765	13.6861	4.2769	2014-01-25 00:00:00
1723	5	4	258	1654	4	2014-01-16 00:00:00	2014-01-25 00:00:00	20397.3	1631.784	509.9325	2014-01-25 00:00:00
1724	4	4	254	1664	3	2014-01-16 00:00:00	2014-01-25 00:00:00	14628.075	1170.246	365.7019	2014-01-25 00:00:00
1725	4	4	257	1678	3	2014-01-16 00:00:00	2014-01-25 00:00:00	58685.55	4694.844	1467.1388	2014-01-25 00:00:00
1726	4	4	261	1616	5	2014-01-16 00:00:00	2014-01-25 00:00:00	563.5665	45.0853	14.0892	2014-01-25 00:00:00
1727	4	4	251	1492	5	2014-01-16 00:00:00	2014-01-25 00:00:00	773.955	61.9164	19.3489	2014-01-25 00:00:00
1728	4	4	253	1602	5	2014-01-16 00:00:00	2014-01-25 00:00:00	1796.0355	143.6828	44.9009	2014-01-25 00:00:00
1729	4	4	255	1540	5	2014-01-17 00:00:00	2014-01-26 00:00:00	658.9485	52.7159	16.4737	2014-01-26 00:00:00
1730	4	4	256	1628	5	2014-01-17 00:00:00	2014-01-26 00:00:00	34644.225	2771.538	866.1056	2014-01-26 00:00:00
1731	4	4	259	1604	3	2014-01-17 00:00:00	2014-01-26 00:00:00	1581.93	126.5544	39.5483	2014-01-26 00:00:00
1732	4	4	260	1690	5	2014-01-17 00:00:00	2014-01-26 00:00:00	146.286	11.7029	3.6572	2014-01-26 00:00:00
1733	4	4	250	1566	5	2014-01-17 00:00:00	2014-01-26 00:00:00	102.564	8.2051	2.5641	2014-01-26 00:00:00
1734	4	4	254	1698	5	2014-01-17 00:00:00	2014-01-26 00:00:00	150.7905	12.0632	3.7698	2014-01-26 00:00:00
1735	4	4	257	1560	5	2014-01-17 00:00:00	2014-01-26 00:00:00	13669.425	1093.554	341.7356	2014-01-26 00:00:00
1736	4	4	261	1692	5	2014-01-17 00:00:00	2014-01-26 00:00:00	13458.69	1076.6952	336.4673	2014-01-26 00:00:00
1737	4	4	251	1696	2	2014-01-17 00:00:00	2014-01-26 00:00:00	101720.85	8137.668	2543.0213	2014-01-26 00:00:00
1738	4	4	253	1504	1	2014-01-17 00:00:00	2014-01-26 00:00:00	551.88	44.1504	13.797	2014-01-26 00:00:00
1739	4	4	255	1544	1	2014-01-17 00:00:00	2014-01-26 00:00:00	6987.75	559.02	174.6938	2014-01-26 00:00:00
1740	4	4	256	1530	2	2014-01-17 00:00:00	2014-01-26 00:00:00	28072.275	2245.782	701.8069	2014-01-26 00:00:00
1741	4	4	259	1508	1	2014-01-17 00:00:00	2014-01-26 00:00:00	1917.3	153.384	47.9325	2014-01-26 00:00:00
1742	4	4	260	1694	1	2014-01-17 00:00:00	2014-01-26 00:00:00	4215.75	337.26	105.3938	2014-01-26 00:00:00
1743	4	4	258	1624	2	2014-01-17 00:00:00	2014-01-26 00:00:00	28297.5	2263.8	707.4375	2014-01-26 00:00:00
1744	4	4	254	1548	2	2014-01-17 00:00:00	2014-01-26 00:00:00	59.9445	4.7956	1.4986	2014-01-26 00:00:00
1745	4	4	257	1598	4	2014-01-20 00:00:00	2014-01-29 00:00:00	567.5985	45.4079	14.19	2014-01-29 00:00:00
1746	4	4	261	1658	5	2014-01-20 00:00:00	2014-01-29 00:00:00	43878.45	3510.276	1096.9613	2014-01-29 00:00:00
1747	4	4	251	1536	4	2014-01-20 00:00:00	2014-01-29 00:00:00	722.4525	57.7962	18.0613	2014-01-29 00:00:00
1748	4	4	253	1568	2	2014-01-20 00:00:00	2014-01-29 00:00:00	24318.525	1945.482	607.9631	2014-01-29 00:00:00
1749	4	4	255	1648	5	2014-01-20 00:00:00	2014-01-29 00:00:00	142.4115	11.3929	3.5603	2014-01-29 00:00:00
1750	4	4	256	1646	2	2014-01-20 00:00:00	2014-01-29 00:00:00	48030.675	3842.454	1200.7669	2014-01-29 00:00:00
1751	4	4	252	1672	2	2014-01-20 00:00:00	2014-01-29 00:00:00	50860.425	4068.834	1271.5106	2014-01-29 00:00:00
1752	4	4	260	1600	1	2014-01-20 00:00:00	2014-01-29 00:00:00	1276.275	102.102	31.9069	2014-01-29 00:00:00
1753	4	4	258	1522	1	2014-01-20 00:00:00	2014-01-29 00:00:00	2003.925	160.314	50.0981	2014-01-29 00:00:00
1754	4	4	254	1570	2	2014-01-20 00:00:00	2014-01-29 00:00:00	28343.7	2267.496	708.5925	2014-01-29 00:00:00
1755	4	4	257	1516	1	2014-01-20 00:00:00	2014-01-29 00:00:00	454.86	36.3888	11.3715	2014-01-29 00:00:00
1756	4	4	261	1506	5	2014-01-20 00:00:00	2014-01-29 00:00:00	43878.45	3510.276	1096.9613	2014-01-29 00:00:00
1757	4	4	250	1626	2	2014-01-20 00:00:00	2014-01-29 00:00:00	7132.125	570.57	178.3031	2014-01-29 00:00:00
1758	4	4	253	1542	2	2014-01-20 00:00:00	2014-01-29 00:00:00	28343.7	2267.496	708.5925	2014-01-29 00:00:00
1759	4	4	255	1610	4	2014-01-20 00:00:00	2014-01-29 00:00:00	22516.725	1801.338	562.9181	2014-01-29 00:00:00
1760	4	4	256	1638	5	2014-01-20 00:00:00	2014-01-29 00:00:00	34644.225	2771.538	866.1056	2014-01-29 00:00:00
1761	4	4	259	1582	4	2014-01-21 00:00:00	2014-01-30 00:00:00	501.1965	40.0957	12.5299	2014-01-30 00:00:00
1762	4	4	260	1510	5	2014-01-21 00:00:00	2014-01-30 00:00:00	143.0415	11.4433	3.576	2014-01-30 00:00:00
1763	4	4	258	1526	2	2014-01-21 00:00:00	2014-01-30 00:00:00	28199.325	2255.946	704.9831	2014-01-30 00:00:00
1764	4	4	254	1644	1	2014-01-21 00:00:00	2014-01-30 00:00:00	3713.325	297.066	92.8331	2014-01-30 00:00:00
1765	4	4	252	1680	5	2014-01-21 00:00:00	2014-01-30 00:00:00	63831.075	5106.486	1595.7769	2014-01-30 00:00:00
1766	4	4	261	1584	5	2014-01-21 00:00:00	2014-01-30 00:00:00	13361.04	1068.8832	334.026	2014-01-30 00:00:00
1767	4	4	251	1620	5	2014-01-21 00:00:00	2014-01-30 00:00:00	5711.475	456.918	142.7869	2014-01-30 00:00:00
1768	4	4	253	1666	5	2014-01-21 00:00:00	2014-01-30 00:00:00	696.528	55.7222	17.4132	2014-01-30 00:00:00
1769	4	4	255	1592	2	2014-01-21 00:00:00	2014-01-30 00:00:00	97.965	7.8372	2.4491	2014-01-30 00:00:00
1770	4	4	256	1618	4	2014-01-21 00:00:00	2014-01-30 00:00:00	114.471	9.1577	2.8618	2014-01-30 00:00:00
1771	4	4	259	1612	4	2014-01-21 00:00:00	2014-01-30 00:00:00	132.6465	10.6117	3.3162	2014-01-30 00:00:00
1772	4	4	260	1586	5	2014-01-21 00:00:00	2014-01-30 00:00:00	43878.45	3510.276	1096.9613	2014-01-30 00:00:00
1773	4	4	258	1500	1	2014-01-21 00:00:00	2014-01-30 00:00:00	418.95	33.516	10.4738	2014-01-30 00:00:00
1774	4	4	254	1656	4	2014-01-21 00:00:00	2014-01-30 00:00:00	272.4435	21.7955	6.8111	2014-01-30 00:00:00
1775	4	4	257	1572	1	2014-01-21 00:00:00	2014-01-30 00:00:00	461.79	36.9432	11.5448	2014-01-30 00:00:00
1776	4	4	261	1562	4	2014-01-21 00:00:00	2014-01-30 00:00:00	513.1665	41.0533	12.8292	2014-01-30 00:00:00
1777	4	4	251	1662	2	2014-01-22 00:00:00	2014-01-31 00:00:00	37.0755	2.966	0.9269	2014-01-31 00:00:00
1778	4	4	253	1682	4	2014-01-22 00:00:00	2014-01-31 00:00:00	21558.075	1724.646	538.9519	2014-01-31 00:00:00
1779	4	4	255	1686	4	2014-01-22 00:00:00	2014-01-31 00:00:00	663.6735	53.0939	16.5918	2014-01-31 00:00:00
1780	4	4	256	1684	5	2014-01-22 00:00:00	2014-01-31 00:00:00	65240.175	5219.214	1631.0044	2014-01-31 00:00:00
1781	4	4	259	1534	4	2014-01-22 00:00:00	2014-01-31 00:00:00	503.0865	40.2469	12.5772	2014-01-31 00:00:00
1782	4	4	260	1614	5	2014-01-22 00:00:00	2014-01-31 00:00:00	273.0735	21.8459	6.8268	2014-01-31 00:00:00
1783	4	4	258	1588	5	2014-01-22 00:00:00	2014-01-31 00:00:00	40471.2	3237.696	1011.78	2014-01-31 00:00:00
1784	4	4	254	1622	5	2014-01-22 00:00:00	2014-01-31 00:00:00	278.523	22.2818	6.9631	2014-01-31 00:00:00
1785	4	4	257	1632	5	2014-01-22 00:00:00	2014-01-31 00:00:00	62092.8	4967.424	1552.32	2014-01-31 00:00:00
1786	4	4	261	1608	5	2014-01-22 00:00:00	2014-01-31 00:00:00	5948.25	475.86	148.7063	2014-01-31 00:00:00
1787	4	4	251	1576	5	2014-01-22 00:00:00	2014-01-31 00:00:00	91117.95	7289.436	2277.9488	2014-01-31 00:00:00
1788	4	4	253	1590	1	2014-01-22 00:00:00	2014-01-31 00:00:00	525	42	13.125	2014-01-31 00:00:00
1789	4	4	252	1514	5	2014-01-23 00:00:00	2014-02-01 00:00:00	2003.6835	160.2947	50.0921	2014-02-01 00:00:00
1790	4	4	256	1498	4	2014-01-23 00:00:00	2014-02-01 00:00:00	26455.275	2116.422	661.3819	2014-02-01 00:00:00
1791	4	4	259	1674	2	2014-01-23 00:00:00	2014-02-01 00:00:00	944.37	75.5496	23.6093	2014-02-01 00:00:00
1792	4	4	260	1652	4	2014-01-23 00:00:00	2014-02-01 00:00:00	44594.55	3567.564	1114.8638	2014-02-01 00:00:00
1793	4	4	258	1578	5	2014-01-23 00:00:00	2014-02-01 00:00:00	26720.925	2137.674	668.0231	2014-02-01 00:00:00
1794	4	4	254	1538	5	2014-01-23 00:00:00	2014-02-01 00:00:00	37843.575	3027.486	946.0894	2014-02-01 00:00:00
1795	4	4	257	1556	4	2014-01-23 00:00:00	2014-02-01 00:00:00	25531.275	2042.502	638.2819	2014-02-01 00:00:00
1796	4	4	261	1554	4	2014-01-23 00:00:00	2014-02-01 00:00:00	482.517	38.6014	12.0629	2014-02-01 00:00:00
1797	4	4	251	1688	4	2014-01-23 00:00:00	2014-02-01 00:00:00	125.748	10.0598	3.1437	2014-02-01 00:00:00
1798	4	4	253	1580	5	2014-01-23 00:00:00	2014-02-01 00:00:00	150.7905	12.0632	3.7698	2014-02-01 00:00:00
1799	4	4	255	1496	4	2014-01-23 00:00:00	2014-02-01 00:00:00	235.9035	18.8723	5.8976	2014-02-01 00:00:00
1800	4	4	252	1494	2	2014-01-23 00:00:00	2014-02-01 00:00:00	8847.3	707.784	221.1825	2014-02-01 00:00:00
1801	4	4	259	1650	5	2014-01-23 00:00:00	2014-02-01 00:00:00	171.0765	13.6861	4.2769	2014-02-01 00:00:00
1802	4	4	260	1654	4	2014-01-23 00:00:00	2014-02-01 00:00:00	20397.3	1631.784	509.9325	2014-02-01 00:00:00
1803	4	4	258	1664	3	2014-01-23 00:00:00	2014-02-01 00:00:00	14628.075	1170.246	365.7019	2014-02-01 00:00:00
1804	4	3	250	1678	3	2014-01-23 00:00:00	2014-02-01 00:00:00	33350.625	2668.05	833.7656	2014-02-01 00:00:00
1805	4	4	257	1616	4	2014-01-24 00:00:00	2014-02-02 00:00:00	1860.39	148.8312	46.5098	2014-02-02 00:00:00
1806	4	4	261	1492	4	2014-01-24 00:00:00	2014-02-02 00:00:00	482.517	38.6014	12.0629	2014-02-02 00:00:00
1807	5	4	251	1602	5	2014-01-24 00:00:00	2014-02-02 00:00:00	1796.0355	143.6828	44.9009	2014-02-02 00:00:00
1808	4	4	253	1540	4	2014-01-24 00:00:00	2014-02-02 00:00:00	602.2485	48.1799	15.0562	2014-02-02 00:00:00
1809	4	4	255	1628	5	2014-01-24 00:00:00	2014-02-02 00:00:00	34644.225	2771.538	866.1056	2014-02-02 00:00:00
1810	4	4	256	1604	4	2014-01-24 00:00:00	2014-02-02 00:00:00	1839.5055	147.1604	45.9876	2014-02-02 00:00:00
1811	4	4	259	1690	5	2014-01-24 00:00:00	2014-02-02 00:00:00	146.286	11.7029	3.6572	2014-02-02 00:00:00
1812	4	4	260	1566	5	2014-01-24 00:00:00	2014-02-02 00:00:00	102.564	8.2051	2.5641	2014-02-02 00:00:00
1813	4	4	258	1698	5	2014-01-24 00:00:00	2014-02-02 00:00:00	150.7905	12.0632	3.7698	2014-02-02 00:00:00
1814	4	4	254	1560	5	2014-01-24 00:00:00	2014-02-02 00:00:00	13669.425	1093.554	341.7356	2014-02-02 00:00:00
1815	4	4	257	1692	5	2014-01-24 00:00:00	2014-02-02 00:00:00	2934.54	234.7632	73.3635	2014-02-02 00:00:00
1816	4	4	261	1696	2	2014-01-24 00:00:00	2014-02-02 00:00:00	50860.425	4068.834	1271.5106	2014-02-02 00:00:00
1817	4	4	251	1504	1	2014-01-27 00:00:00	2014-02-05 00:00:00	551.88	44.1504	13.797	2014-02-05 00:00:00
1818	4	4	253	1544	1	2014-01-27 00:00:00	2014-02-05 00:00:00	6987.75	559.02	174.6938	2014-02-05 00:00:00
1819	4	4	255	1530	2	2014-01-27 00:00:00	2014-02-05 00:00:00	28072.275	2245.782	701.8069	2014-02-05 00:00:00
1820	4	4	256	1508	1	2014-01-27 00:00:00	2014-02-05 00:00:00	37312.275	2984.982	932.8069	2014-02-05 00:00:00
1821	4	4	259	1694	1	2014-01-27 00:00:00	2014-02-05 00:00:00	3407.25	272.58	85.1813	2014-02-05 00:00:00
1822	4	4	250	1624	2	2014-01-27 00:00:00	2014-02-05 00:00:00	28297.5	2263.8	707.4375	2014-02-05 00:00:00
1823	4	4	258	1548	2	2014-01-27 00:00:00	2014-02-05 00:00:00	59.9445	4.7956	1.4986	2014-02-05 00:00:00
1824	4	4	254	1598	4	2014-01-27 00:00:00	2014-02-05 00:00:00	240.723	19.2578	6.0181	2014-02-05 00:00:00
1825	4	4	257	1658	5	2014-01-27 00:00:00	2014-02-05 00:00:00	43878.45	3510.276	1096.9613	2014-02-05 00:00:00
1826	4	4	261	1536	5	2014-01-27 00:00:00	2014-02-05 00:00:00	544.7295	43.5784	13.6182	2014-02-05 00:00:00
1827	4	4	251	1568	1	2014-01-27 00:00:00	2014-02-05 00:00:00	18641.7	1491.336	466.0425	2014-02-05 00:00:00
1828	4	4	253	1648	5	2014-01-27 00:00:00	2014-02-05 00:00:00	142.4115	11.3929	3.5603	2014-02-05 00:00:00
1829	4	4	255	1646	2	2014-01-27 00:00:00	2014-02-05 00:00:00	48030.675	3842.454	1200.7669	2014-02-05 00:00:00
1830	4	4	256	1672	4	2014-01-27 00:00:00	2014-02-05 00:00:00	421.155	33.6924	10.5289	2014-02-05 00:00:00
1831	4	4	259	1600	1	2014-01-27 00:00:00	2014-02-05 00:00:00	1276.275	102.102	31.9069	2014-02-05 00:00:00
1832	4	4	260	1522	1	2014-01-27 00:00:00	2014-02-05 00:00:00	2003.925	160.314	50.0981	2014-02-05 00:00:00
1833	4	4	250	1570	4	2014-01-28 00:00:00	2014-02-06 00:00:00	22516.725	1801.338	562.9181	2014-02-06 00:00:00
1834	4	4	254	1516	1	2014-01-28 00:00:00	2014-02-06 00:00:00	454.86	36.3888	11.3715	2014-02-06 00:00:00
1835	4	4	257	1506	5	2014-01-28 00:00:00	2014-02-06 00:00:00	43878.45	3510.276	1096.9613	2014-02-06 00:00:00
1836	4	4	261	1626	2	2014-01-28 00:00:00	2014-02-06 00:00:00	7132.125	570.57	178.3031	2014-02-06 00:00:00
1837	4	4	251	1542	2	2014-01-28 00:00:00	2014-02-06 00:00:00	28343.7	2267.496	708.5925	2014-02-06 00:00:00
1838	4	4	253	1610	4	2014-01-28 00:00:00	2014-02-06 00:00:00	22516.725	1801.338	562.9181	2014-02-06 00:00:00
1839	6	4	255	1638	5	2014-01-28 00:00:00	2014-02-06 00:00:00	34644.225	2771.538	866.1056	2014-02-06 00:00:00
1840	4	4	256	1582	4	2014-01-28 00:00:00	2014-02-06 00:00:00	247.5585	19.8047	6.189	2014-02-06 00:00:00
1841	4	4	259	1510	5	2014-01-29 00:00:00	2014-02-07 00:00:00	143.0415	11.4433	3.576	2014-02-07 00:00:00
1842	4	4	260	1526	2	2014-01-29 00:00:00	2014-02-07 00:00:00	28199.325	2255.946	704.9831	2014-02-07 00:00:00
1843	4	4	258	1644	1	2014-01-29 00:00:00	2014-02-07 00:00:00	3713.325	297.066	92.8331	2014-02-07 00:00:00
1844	4	4	254	1680	5	2014-01-29 00:00:00	2014-02-07 00:00:00	43878.45	3510.276	1096.9613	2014-02-07 00:00:00
1845	4	4	257	1584	5	2014-01-29 00:00:00	2014-02-07 00:00:00	2979.27	238.3416	74.4818	2014-02-07 00:00:00
1846	4	4	261	1620	5	2014-01-29 00:00:00	2014-02-07 00:00:00	5711.475	456.918	142.7869	2014-02-07 00:00:00
1847	4	4	251	1666	5	2014-01-29 00:00:00	2014-02-07 00:00:00	776.79	62.1432	19.4198	2014-02-07 00:00:00
1848	4	4	253	1592	2	2014-01-29 00:00:00	2014-02-07 00:00:00	97.965	7.8372	2.4491	2014-02-07 00:00:00
1849	4	4	255	1618	4	2014-01-29 00:00:00	2014-02-07 00:00:00	114.471	9.1577	2.8618	2014-02-07 00:00:00
1850	4	4	256	1612	4	2014-01-29 00:00:00	2014-02-07 00:00:00	132.6465	10.6117	3.3162	2014-02-07 00:00:00
1851	4	4	252	1586	5	2014-01-29 00:00:00	2014-02-07 00:00:00	43878.45	3510.276	1096.9613	2014-02-07 00:00:00
1852	4	4	260	1500	1	2014-01-29 00:00:00	2014-02-07 00:00:00	418.95	33.516	10.4738	2014-02-07 00:00:00
1853	4	4	258	1656	4	2014-01-29 00:00:00	2014-02-07 00:00:00	389.655	31.1724	9.7414	2014-02-07 00:00:00
1854	4	4	254	1572	1	2014-01-29 00:00:00	2014-02-07 00:00:00	461.79	36.9432	11.5448	2014-02-07 00:00:00
1855	4	4	257	1562	4	2014-01-29 00:00:00	2014-02-07 00:00:00	2366.847	189.3478	59.1712	2014-02-07 00:00:00
1856	4	4	261	1662	2	2014-01-29 00:00:00	2014-02-07 00:00:00	37.0755	2.966	0.9269	2014-02-07 00:00:00
1857	4	4	250	1682	4	2014-01-31 00:00:00	2014-02-09 00:00:00	21558.075	1724.646	538.9519	2014-02-09 00:00:00
1858	4	4	253	1686	4	2014-01-31 00:00:00	2014-02-09 00:00:00	624.2985	49.9439	15.6075	2014-02-09 00:00:00
1859	4	4	255	1684	4	2014-01-31 00:00:00	2014-02-09 00:00:00	20980.575	1678.446	524.5144	2014-02-09 00:00:00
1860	4	4	256	1534	4	2014-01-31 00:00:00	2014-02-09 00:00:00	360.045	28.8036	9.0011	2014-02-09 00:00:00
1861	4	4	259	1614	4	2014-02-03 00:00:00	2014-02-12 00:00:00	260.4735	20.8379	6.5118	2014-02-12 00:00:00
1862	4	4	260	1588	5	2014-02-03 00:00:00	2014-02-12 00:00:00	40471.2	3237.696	1011.78	2014-02-12 00:00:00
1863	4	4	258	1622	5	2014-02-03 00:00:00	2014-02-12 00:00:00	414.855	33.1884	10.3714	2014-02-12 00:00:00
1864	4	4	254	1632	5	2014-02-03 00:00:00	2014-02-12 00:00:00	38421.075	3073.686	960.5269	2014-02-12 00:00:00
1865	4	4	252	1608	5	2014-02-03 00:00:00	2014-02-12 00:00:00	5948.25	475.86	148.7063	2014-02-12 00:00:00
1866	4	4	261	1576	5	2014-02-03 00:00:00	2014-02-12 00:00:00	91117.95	7289.436	2277.9488	2014-02-12 00:00:00
1867	4	4	251	1590	1	2014-02-03 00:00:00	2014-02-12 00:00:00	525	42	13.125	2014-02-12 00:00:00
1868	4	4	253	1514	5	2014-02-03 00:00:00	2014-02-12 00:00:00	2003.6835	160.2947	50.0921	2014-02-12 00:00:00
1869	4	4	255	1498	4	2014-02-03 00:00:00	2014-02-12 00:00:00	26455.275	2116.422	661.3819	2014-02-12 00:00:00
1870	4	4	256	1674	2	2014-02-03 00:00:00	2014-02-12 00:00:00	944.37	75.5496	23.6093	2014-02-12 00:00:00
1871	4	4	259	1652	1	2014-02-03 00:00:00	2014-02-12 00:00:00	6993.525	559.482	174.8381	2014-02-12 00:00:00
1872	4	4	260	1578	3	2014-02-03 00:00:00	2014-02-12 00:00:00	36122.625	2889.81	903.0656	2014-02-12 00:00:00
1873	4	4	258	1538	5	2014-02-03 00:00:00	2014-02-12 00:00:00	37843.575	3027.486	946.0894	2014-02-12 00:00:00
1874	4	4	254	1556	4	2014-02-03 00:00:00	2014-02-12 00:00:00	25531.275	2042.502	638.2819	2014-02-12 00:00:00
1875	4	4	257	1554	4	2014-02-03 00:00:00	2014-02-12 00:00:00	111.069	8.8855	2.7767	2014-02-12 00:00:00
1876	4	4	261	1688	4	2014-02-03 00:00:00	2014-02-12 00:00:00	125.748	10.0598	3.1437	2014-02-12 00:00:00
1877	4	4	251	1580	5	2014-02-04 00:00:00	2014-02-13 00:00:00	150.7905	12.0632	3.7698	2014-02-13 00:00:00
1878	4	4	253	1496	5	2014-02-04 00:00:00	2014-02-13 00:00:00	696.528	55.7222	17.4132	2014-02-13 00:00:00
1879	4	4	255	1494	2	2014-02-04 00:00:00	2014-02-13 00:00:00	8847.3	707.784	221.1825	2014-02-13 00:00:00
1880	4	4	256	1650	5	2014-02-04 00:00:00	2014-02-13 00:00:00	171.0765	13.6861	4.2769	2014-02-13 00:00:00
1881	4	4	259	1654	4	2014-02-04 00:00:00	2014-02-13 00:00:00	20397.3	1631.784	509.9325	2014-02-13 00:00:00
1882	4	4	260	1664	3	2014-02-04 00:00:00	2014-02-13 00:00:00	14628.075	1170.246	365.7019	2014-02-13 00:00:00
1883	5	4	258	1678	4	2014-02-04 00:00:00	2014-02-13 00:00:00	25334.925	2026.794	633.3731	2014-02-13 00:00:00
1884	4	4	254	1616	5	2014-02-04 00:00:00	2014-02-13 00:00:00	278.523	22.2818	6.9631	2014-02-13 00:00:00
1885	5	4	257	1492	4	2014-02-05 00:00:00	2014-02-14 00:00:00	111.069	8.8855	2.7767	2014-02-14 00:00:00
1886	4	4	261	1602	5	2014-02-05 00:00:00	2014-02-14 00:00:00	1796.0355	143.6828	44.9009	2014-02-14 00:00:00
1887	4	4	251	1540	4	2014-02-05 00:00:00	2014-02-14 00:00:00	748.755	59.9004	18.7189	2014-02-14 00:00:00
1888	4	4	253	1628	5	2014-02-05 00:00:00	2014-02-14 00:00:00	34644.225	2771.538	866.1056	2014-02-14 00:00:00
1889	4	4	252	1604	4	2014-02-05 00:00:00	2014-02-14 00:00:00	1839.5055	147.1604	45.9876	2014-02-14 00:00:00
1890	4	4	256	1690	5	2014-02-05 00:00:00	2014-02-14 00:00:00	146.286	11.7029	3.6572	2014-02-14 00:00:00
1891	4	4	259	1566	5	2014-02-05 00:00:00	2014-02-14 00:00:00	102.564	8.2051	2.5641	2014-02-14 00:00:00
1892	4	4	260	1698	5	2014-02-05 00:00:00	2014-02-14 00:00:00	150.7905	12.0632	3.7698	2014-02-14 00:00:00
1893	4	4	258	1560	5	2014-02-05 00:00:00	2014-02-14 00:00:00	13669.425	1093.554	341.7356	2014-02-14 00:00:00
1894	4	4	254	1692	5	2014-02-05 00:00:00	2014-02-14 00:00:00	6444.9	515.592	161.1225	2014-02-14 00:00:00
1895	4	4	257	1696	2	2014-02-05 00:00:00	2014-02-14 00:00:00	152581.275	12206.502	3814.5319	2014-02-14 00:00:00
1896	4	4	261	1504	1	2014-02-05 00:00:00	2014-02-14 00:00:00	551.88	44.1504	13.797	2014-02-14 00:00:00
1897	4	4	251	1544	1	2014-02-06 00:00:00	2014-02-15 00:00:00	6987.75	559.02	174.6938	2014-02-15 00:00:00
1898	4	4	253	1530	2	2014-02-06 00:00:00	2014-02-15 00:00:00	28072.275	2245.782	701.8069	2014-02-15 00:00:00
1899	4	4	255	1508	1	2014-02-06 00:00:00	2014-02-15 00:00:00	37312.275	2984.982	932.8069	2014-02-15 00:00:00
1900	4	4	252	1694	1	2014-02-06 00:00:00	2014-02-15 00:00:00	7623	609.84	190.575	2014-02-15 00:00:00
1901	4	4	259	1624	2	2014-02-06 00:00:00	2014-02-15 00:00:00	28297.5	2263.8	707.4375	2014-02-15 00:00:00
1902	4	4	260	1548	2	2014-02-06 00:00:00	2014-02-15 00:00:00	59.9445	4.7956	1.4986	2014-02-15 00:00:00
1903	4	4	258	1598	4	2014-02-06 00:00:00	2014-02-15 00:00:00	358.155	28.6524	8.9539	2014-02-15 00:00:00
1904	4	3	250	1658	5	2014-02-06 00:00:00	2014-02-15 00:00:00	43878.45	3510.276	1096.9613	2014-02-15 00:00:00
1905	4	4	257	1536	4	2014-02-06 00:00:00	2014-02-15 00:00:00	1637.937	131.035	40.9484	2014-02-15 00:00:00
1906	4	4	261	1568	2	2014-02-06 00:00:00	2014-02-15 00:00:00	29989.575	2399.166	749.7394	2014-02-15 00:00:00
1907	4	4	251	1648	5	2014-02-06 00:00:00	2014-02-15 00:00:00	142.4115	11.3929	3.5603	2014-02-15 00:00:00
1908	4	4	253	1646	2	2014-02-06 00:00:00	2014-02-15 00:00:00	48030.675	3842.454	1200.7669	2014-02-15 00:00:00
1909	5	4	255	1672	4	2014-02-06 00:00:00	2014-02-15 00:00:00	12127.7415	970.2193	303.1935	2014-02-15 00:00:00
1910	4	4	256	1600	1	2014-02-06 00:00:00	2014-02-15 00:00:00	1276.275	102.102	31.9069	2014-02-15 00:00:00
1911	4	4	259	1522	1	2014-02-06 00:00:00	2014-02-15 00:00:00	2003.925	160.314	50.0981	2014-02-15 00:00:00
1912	4	4	260	1570	2	2014-02-06 00:00:00	2014-02-15 00:00:00	28343.7	2267.496	708.5925	2014-02-15 00:00:00
1913	4	4	258	1516	1	2014-02-07 00:00:00	2014-02-16 00:00:00	454.86	36.3888	11.3715	2014-02-16 00:00:00
1914	4	4	254	1506	5	2014-02-07 00:00:00	2014-02-16 00:00:00	43878.45	3510.276	1096.9613	2014-02-16 00:00:00
1915	4	4	257	1626	2	2014-02-07 00:00:00	2014-02-16 00:00:00	7132.125	570.57	178.3031	2014-02-16 00:00:00
1916	4	4	261	1542	2	2014-02-07 00:00:00	2014-02-16 00:00:00	28343.7	2267.496	708.5925	2014-02-16 00:00:00
1917	4	4	251	1610	4	2014-02-07 00:00:00	2014-02-16 00:00:00	22516.725	1801.338	562.9181	2014-02-16 00:00:00
1918	4	4	253	1638	5	2014-02-07 00:00:00	2014-02-16 00:00:00	34644.225	2771.538	866.1056	2014-02-16 00:00:00
1919	4	4	255	1582	5	2014-02-07 00:00:00	2014-02-16 00:00:00	694.1655	55.5332	17.3541	2014-02-16 00:00:00
1920	4	4	256	1510	5	2014-02-07 00:00:00	2014-02-16 00:00:00	143.0415	11.4433	3.576	2014-02-16 00:00:00
1921	4	4	259	1526	2	2014-02-07 00:00:00	2014-02-16 00:00:00	28199.325	2255.946	704.9831	2014-02-16 00:00:00
1922	4	4	250	1644	1	2014-02-07 00:00:00	2014-02-16 00:00:00	3713.325	297.066	92.8331	2014-02-16 00:00:00
1923	4	4	258	1680	4	2014-02-07 00:00:00	2014-02-16 00:00:00	19952.625	1596.21	498.8156	2014-02-16 00:00:00
1924	4	4	254	1584	5	2014-02-07 00:00:00	2014-02-16 00:00:00	6540.66	523.2528	163.5165	2014-02-16 00:00:00
1925	4	4	257	1620	5	2014-02-07 00:00:00	2014-02-16 00:00:00	5711.475	456.918	142.7869	2014-02-16 00:00:00
1926	4	4	261	1666	4	2014-02-07 00:00:00	2014-02-16 00:00:00	484.407	38.7526	12.1102	2014-02-16 00:00:00
1927	4	4	251	1592	2	2014-02-07 00:00:00	2014-02-16 00:00:00	97.965	7.8372	2.4491	2014-02-16 00:00:00
1928	4	4	253	1618	4	2014-02-07 00:00:00	2014-02-16 00:00:00	114.471	9.1577	2.8618	2014-02-16 00:00:00
1929	4	4	255	1612	4	2014-02-10 00:00:00	2014-02-19 00:00:00	132.6465	10.6117	3.3162	2014-02-19 00:00:00
1930	4	4	256	1586	5	2014-02-10 00:00:00	2014-02-19 00:00:00	43878.45	3510.276	1096.9613	2014-02-19 00:00:00
1931	4	4	259	1500	1	2014-02-10 00:00:00	2014-02-19 00:00:00	418.95	33.516	10.4738	2014-02-19 00:00:00
1932	4	4	260	1656	4	2014-02-10 00:00:00	2014-02-19 00:00:00	240.723	19.2578	6.0181	2014-02-19 00:00:00
1933	4	4	250	1572	1	2014-02-10 00:00:00	2014-02-19 00:00:00	461.79	36.9432	11.5448	2014-02-19 00:00:00
1934	4	4	254	1562	4	2014-02-10 00:00:00	2014-02-19 00:00:00	253.323	20.2658	6.3331	2014-02-19 00:00:00
1935	4	4	257	1662	2	2014-02-10 00:00:00	2014-02-19 00:00:00	37.0755	2.966	0.9269	2014-02-19 00:00:00
1936	4	4	261	1682	4	2014-02-10 00:00:00	2014-02-19 00:00:00	21558.075	1724.646	538.9519	2014-02-19 00:00:00
1937	4	4	251	1686	4	2014-02-10 00:00:00	2014-02-19 00:00:00	710.325	56.826	17.7581	2014-02-19 00:00:00
1938	4	4	253	1684	5	2014-02-10 00:00:00	2014-02-19 00:00:00	86220.75	6897.66	2155.5188	2014-02-19 00:00:00
1939	4	4	255	1534	4	2014-02-10 00:00:00	2014-02-19 00:00:00	235.9035	18.8723	5.8976	2014-02-19 00:00:00
1940	4	4	256	1614	5	2014-02-10 00:00:00	2014-02-19 00:00:00	428.4	34.272	10.71	2014-02-19 00:00:00
1941	7	4	259	1588	5	2014-02-10 00:00:00	2014-02-19 00:00:00	40471.2	3237.696	1011.78	2014-02-19 00:00:00
1942	4	4	260	1622	5	2014-02-10 00:00:00	2014-02-19 00:00:00	272.4435	21.7955	6.8111	2014-02-19 00:00:00
1943	4	4	258	1632	4	2014-02-10 00:00:00	2014-02-19 00:00:00	23671.725	1893.738	591.7931	2014-02-19 00:00:00
1944	4	4	254	1608	5	2014-02-10 00:00:00	2014-02-19 00:00:00	5948.25	475.86	148.7063	2014-02-19 00:00:00
1945	4	4	257	1576	5	2014-02-11 00:00:00	2014-02-20 00:00:00	91117.95	7289.436	2277.9488	2014-02-20 00:00:00
1946	4	4	261	1590	1	2014-02-11 00:00:00	2014-02-20 00:00:00	525	42	13.125	2014-02-20 00:00:00
1947	4	4	251	1514	5	2014-02-11 00:00:00	2014-02-20 00:00:00	2003.6835	160.2947	50.0921	2014-02-20 00:00:00
1948	4	4	253	1498	4	2014-02-11 00:00:00	2014-02-20 00:00:00	26455.275	2116.422	661.3819	2014-02-20 00:00:00
1949	4	4	255	1674	2	2014-02-11 00:00:00	2014-02-20 00:00:00	944.37	75.5496	23.6093	2014-02-20 00:00:00
1950	4	4	256	1652	4	2014-02-11 00:00:00	2014-02-20 00:00:00	48186.6	3854.928	1204.665	2014-02-20 00:00:00
1951	4	4	252	1578	5	2014-02-11 00:00:00	2014-02-20 00:00:00	26720.925	2137.674	668.0231	2014-02-20 00:00:00
1952	5	4	260	1538	5	2014-02-11 00:00:00	2014-02-20 00:00:00	37843.575	3027.486	946.0894	2014-02-20 00:00:00
1953	4	4	258	1556	4	2014-02-11 00:00:00	2014-02-20 00:00:00	25531.275	2042.502	638.2819	2014-02-20 00:00:00
1954	4	4	254	1554	5	2014-02-11 00:00:00	2014-02-20 00:00:00	278.838	22.307	6.971	2014-02-20 00:00:00
1955	4	4	257	1688	4	2014-02-11 00:00:00	2014-02-20 00:00:00	125.748	10.0598	3.1437	2014-02-20 00:00:00
1956	4	4	261	1580	5	2014-02-11 00:00:00	2014-02-20 00:00:00	150.7905	12.0632	3.7698	2014-02-20 00:00:00
1957	4	4	250	1496	5	2014-02-11 00:00:00	2014-02-20 00:00:00	776.79	62.1432	19.4198	2014-02-20 00:00:00
1958	4	4	253	1494	2	2014-02-11 00:00:00	2014-02-20 00:00:00	8847.3	707.784	221.1825	2014-02-20 00:00:00
1959	4	4	255	1650	5	2014-02-11 00:00:00	2014-02-20 00:00:00	171.0765	13.6861	4.2769	2014-02-20 00:00:00
1960	4	4	256	1654	4	2014-02-11 00:00:00	2014-02-20 00:00:00	20397.3	1631.784	509.9325	2014-02-20 00:00:00
1961	4	4	259	1664	3	2014-02-12 00:00:00	2014-02-21 00:00:00	14628.075	1170.246	365.7019	2014-02-21 00:00:00
1962	4	4	260	1678	3	2014-02-12 00:00:00	2014-02-21 00:00:00	33350.625	2668.05	833.7656	2014-02-21 00:00:00
1963	4	4	258	1616	5	2014-02-12 00:00:00	2014-02-21 00:00:00	414.855	33.1884	10.3714	2014-02-21 00:00:00
1964	4	4	254	1492	5	2014-02-12 00:00:00	2014-02-21 00:00:00	278.838	22.307	6.971	2014-02-21 00:00:00
1965	4	4	252	1602	5	2014-02-12 00:00:00	2014-02-21 00:00:00	1796.0355	143.6828	44.9009	2014-02-21 00:00:00
1966	4	4	261	1540	4	2014-02-12 00:00:00	2014-02-21 00:00:00	489.069	39.1255	12.2267	2014-02-21 00:00:00
1967	4	4	251	1628	5	2014-02-12 00:00:00	2014-02-21 00:00:00	34644.225	2771.538	866.1056	2014-02-21 00:00:00
1968	4	4	253	1604	4	2014-02-12 00:00:00	2014-02-21 00:00:00	1839.5055	147.1604	45.9876	2014-02-21 00:00:00
1969	4	4	255	1690	5	2014-02-12 00:00:00	2014-02-21 00:00:00	146.286	11.7029	3.6572	2014-02-21 00:00:00
1970	4	4	256	1566	5	2014-02-12 00:00:00	2014-02-21 00:00:00	102.564	8.2051	2.5641	2014-02-21 00:00:00
1971	4	4	259	1698	5	2014-02-12 00:00:00	2014-02-21 00:00:00	150.7905	12.0632	3.7698	2014-02-21 00:00:00
1972	4	4	260	1560	5	2014-02-12 00:00:00	2014-02-21 00:00:00	13669.425	1093.554	341.7356	2014-02-21 00:00:00
1973	4	4	258	1692	5	2014-02-12 00:00:00	2014-02-21 00:00:00	9948.33	795.8664	248.7083	2014-02-21 00:00:00
1974	4	4	254	1696	2	2014-02-12 00:00:00	2014-02-21 00:00:00	28343.7	2267.496	708.5925	2014-02-21 00:00:00
1975	4	4	257	1504	1	2014-02-12 00:00:00	2014-02-21 00:00:00	551.88	44.1504	13.797	2014-02-21 00:00:00
1976	4	4	261	1544	1	2014-02-12 00:00:00	2014-02-21 00:00:00	6987.75	559.02	174.6938	2014-02-21 00:00:00
1977	4	4	251	1530	2	2014-02-13 00:00:00	2014-02-22 00:00:00	28072.275	2245.782	701.8069	2014-02-22 00:00:00
1978	4	4	253	1508	1	2014-02-13 00:00:00	2014-02-22 00:00:00	37312.275	2984.982	932.8069	2014-02-22 00:00:00
1979	4	4	255	1694	1	2014-02-13 00:00:00	2014-02-22 00:00:00	7623	609.84	190.575	2014-02-22 00:00:00
1980	4	4	256	1624	2	2014-02-13 00:00:00	2014-02-22 00:00:00	28297.5	2263.8	707.4375	2014-02-22 00:00:00
1981	4	4	259	1548	2	2014-02-13 00:00:00	2014-02-22 00:00:00	59.9445	4.7956	1.4986	2014-02-22 00:00:00
1982	4	4	260	1598	4	2014-02-13 00:00:00	2014-02-22 00:00:00	234.6435	18.7715	5.8661	2014-02-22 00:00:00
1983	4	4	258	1658	5	2014-02-13 00:00:00	2014-02-22 00:00:00	43878.45	3510.276	1096.9613	2014-02-22 00:00:00
1984	4	4	254	1536	4	2014-02-13 00:00:00	2014-02-22 00:00:00	247.2435	19.7795	6.1811	2014-02-22 00:00:00
1985	4	4	257	1568	2	2014-02-13 00:00:00	2014-02-22 00:00:00	49376.25	3950.1	1234.4063	2014-02-22 00:00:00
1986	4	4	261	1648	5	2014-02-13 00:00:00	2014-02-22 00:00:00	142.4115	11.3929	3.5603	2014-02-22 00:00:00
1987	4	4	251	1646	2	2014-02-13 00:00:00	2014-02-22 00:00:00	48030.675	3842.454	1200.7669	2014-02-22 00:00:00
1988	4	4	253	1672	5	2014-02-13 00:00:00	2014-02-22 00:00:00	39258.45	3140.676	981.4613	2014-02-22 00:00:00
1989	4	4	252	1600	1	2014-02-13 00:00:00	2014-02-22 00:00:00	1276.275	102.102	31.9069	2014-02-22 00:00:00
1990	4	4	256	1522	1	2014-02-13 00:00:00	2014-02-22 00:00:00	2003.925	160.314	50.0981	2014-02-22 00:00:00
1991	4	4	259	1570	4	2014-02-13 00:00:00	2014-02-22 00:00:00	22516.725	1801.338	562.9181	2014-02-22 00:00:00
1992	4	4	260	1516	1	2014-02-13 00:00:00	2014-02-22 00:00:00	454.86	36.3888	11.3715	2014-02-22 00:00:00
1993	4	4	258	1506	5	2014-02-14 00:00:00	2014-02-23 00:00:00	43878.45	3510.276	1096.9613	2014-02-23 00:00:00
1994	4	4	254	1626	2	2014-02-14 00:00:00	2014-02-23 00:00:00	7132.125	570.57	178.3031	2014-02-23 00:00:00
1995	4	4	257	1542	2	2014-02-14 00:00:00	2014-02-23 00:00:00	28343.7	2267.496	708.5925	2014-02-23 00:00:00
1996	4	4	261	1610	4	2014-02-14 00:00:00	2014-02-23 00:00:00	22516.725	1801.338	562.9181	2014-02-23 00:00:00
1997	4	4	251	1638	5	2014-02-14 00:00:00	2014-02-23 00:00:00	34644.225	2771.538	866.1056	2014-02-23 00:00:00
1998	4	4	253	1582	5	2014-02-14 00:00:00	2014-02-23 00:00:00	656.586	52.5269	16.4147	2014-02-23 00:00:00
1999	4	4	255	1510	5	2014-02-14 00:00:00	2014-02-23 00:00:00	143.0415	11.4433	3.576	2014-02-23 00:00:00
2000	4	4	252	1526	2	2014-02-14 00:00:00	2014-02-23 00:00:00	28199.325	2255.946	704.9831	2014-02-23 00:00:00
2001	4	4	259	1644	1	2014-02-14 00:00:00	2014-02-23 00:00:00	3713.325	297.066	92.8331	2014-02-23 00:00:00
2002	4	4	260	1680	5	2014-02-14 00:00:00	2014-02-23 00:00:00	43878.45	3510.276	1096.9613	2014-02-23 00:00:00
2003	4	4	258	1584	5	2014-02-14 00:00:00	2014-02-23 00:00:00	9799.65	783.972	244.9913	2014-02-23 00:00:00
2004	4	3	250	1620	5	2014-02-14 00:00:00	2014-02-23 00:00:00	5711.475	456.918	142.7869	2014-02-23 00:00:00
2005	4	4	257	1666	4	2014-02-14 00:00:00	2014-02-23 00:00:00	111.5415	8.9233	2.7885	2014-02-23 00:00:00
2006	4	4	261	1592	2	2014-02-14 00:00:00	2014-02-23 00:00:00	97.965	7.8372	2.4491	2014-02-23 00:00:00
2007	4	4	251	1618	4	2014-02-14 00:00:00	2014-02-23 00:00:00	114.471	9.1577	2.8618	2014-02-23 00:00:00
2008	4	4	253	1612	4	2014-02-14 00:00:00	2014-02-23 00:00:00	132.6465	10.6117	3.3162	2014-02-23 00:00:00
2009	5	4	255	1586	5	2014-02-17 00:00:00	2014-02-26 00:00:00	43878.45	3510.276	1096.9613	2014-02-26 00:00:00
2010	4	4	256	1500	1	2014-02-17 00:00:00	2014-02-26 00:00:00	418.95	33.516	10.4738	2014-02-26 00:00:00
2011	4	4	259	1656	5	2014-02-17 00:00:00	2014-02-26 00:00:00	566.0865	45.2869	14.1522	2014-02-26 00:00:00
2012	4	4	260	1572	1	2014-02-17 00:00:00	2014-02-26 00:00:00	461.79	36.9432	11.5448	2014-02-26 00:00:00
2013	4	4	258	1562	4	2014-02-17 00:00:00	2014-02-26 00:00:00	377.055	30.1644	9.4264	2014-02-26 00:00:00
2014	4	4	254	1662	2	2014-02-17 00:00:00	2014-02-26 00:00:00	37.0755	2.966	0.9269	2014-02-26 00:00:00
2015	4	4	257	1682	4	2014-02-17 00:00:00	2014-02-26 00:00:00	21558.075	1724.646	538.9519	2014-02-26 00:00:00
2016	4	4	261	1686	4	2014-02-17 00:00:00	2014-02-26 00:00:00	552.2265	44.1781	13.8057	2014-02-26 00:00:00
2017	4	4	251	1684	5	2014-02-17 00:00:00	2014-02-26 00:00:00	86220.75	6897.66	2155.5188	2014-02-26 00:00:00
2018	4	4	253	1534	5	2014-02-17 00:00:00	2014-02-26 00:00:00	696.528	55.7222	17.4132	2014-02-26 00:00:00
2019	4	4	255	1614	4	2014-02-17 00:00:00	2014-02-26 00:00:00	663.453	53.0762	16.5863	2014-02-26 00:00:00
2020	4	4	256	1588	5	2014-02-17 00:00:00	2014-02-26 00:00:00	40471.2	3237.696	1011.78	2014-02-26 00:00:00
2021	4	4	259	1622	4	2014-02-17 00:00:00	2014-02-26 00:00:00	259.8435	20.7875	6.4961	2014-02-26 00:00:00
2022	4	4	250	1632	5	2014-02-17 00:00:00	2014-02-26 00:00:00	38421.075	3073.686	960.5269	2014-02-26 00:00:00
2023	4	4	258	1608	5	2014-02-17 00:00:00	2014-02-26 00:00:00	5948.25	475.86	148.7063	2014-02-26 00:00:00
2024	4	4	254	1576	5	2014-02-17 00:00:00	2014-02-26 00:00:00	91117.95	7289.436	2277.9488	2014-02-26 00:00:00
2025	4	4	257	1590	1	2014-02-19 00:00:00	2014-02-28 00:00:00	525	42	13.125	2014-02-28 00:00:00
2026	4	4	261	1514	5	2014-02-19 00:00:00	2014-02-28 00:00:00	2003.6835	160.2947	50.0921	2014-02-28 00:00:00
2027	4	4	251	1498	4	2014-02-19 00:00:00	2014-02-28 00:00:00	26455.275	2116.422	661.3819	2014-02-28 00:00:00
2028	4	4	253	1674	2	2014-02-19 00:00:00	2014-02-28 00:00:00	944.37	75.5496	23.6093	2014-02-28 00:00:00
2029	4	4	255	1652	1	2014-02-19 00:00:00	2014-02-28 00:00:00	3401.475	272.118	85.0369	2014-02-28 00:00:00
2030	4	4	256	1578	3	2014-02-19 00:00:00	2014-02-28 00:00:00	62843.55	5027.484	1571.0888	2014-02-28 00:00:00
2031	4	4	259	1538	5	2014-02-19 00:00:00	2014-02-28 00:00:00	37843.575	3027.486	946.0894	2014-02-28 00:00:00
2032	4	4	260	1556	4	2014-02-19 00:00:00	2014-02-28 00:00:00	25531.275	2042.502	638.2819	2014-02-28 00:00:00
2033	4	4	250	1554	5	2014-02-19 00:00:00	2014-02-28 00:00:00	415.3275	33.2262	10.3832	2014-02-28 00:00:00
2034	4	4	254	1688	4	2014-02-19 00:00:00	2014-02-28 00:00:00	125.748	10.0598	3.1437	2014-02-28 00:00:00
2035	4	4	257	1580	5	2014-02-19 00:00:00	2014-02-28 00:00:00	150.7905	12.0632	3.7698	2014-02-28 00:00:00
2036	4	4	261	1496	4	2014-02-19 00:00:00	2014-02-28 00:00:00	484.407	38.7526	12.1102	2014-02-28 00:00:00
2037	4	4	251	1494	2	2014-02-19 00:00:00	2014-02-28 00:00:00	8847.3	707.784	221.1825	2014-02-28 00:00:00
2038	4	4	253	1650	5	2014-02-19 00:00:00	2014-02-28 00:00:00	171.0765	13.6861	4.2769	2014-02-28 00:00:00
2039	4	4	255	1654	4	2014-02-19 00:00:00	2014-02-28 00:00:00	20397.3	1631.784	509.9325	2014-02-28 00:00:00
2040	4	4	256	1664	3	2014-02-19 00:00:00	2014-02-28 00:00:00	14628.075	1170.246	365.7019	2014-02-28 00:00:00
2041	4	4	259	1678	4	2014-02-20 00:00:00	2014-03-01 00:00:00	25334.925	2026.794	633.3731	2014-03-01 00:00:00
2042	4	4	260	1616	5	2014-02-20 00:00:00	2014-03-01 00:00:00	272.4435	21.7955	6.8111	2014-03-01 00:00:00
2043	4	4	258	1492	5	2014-02-20 00:00:00	2014-03-01 00:00:00	415.3275	33.2262	10.3832	2014-03-01 00:00:00
2044	4	4	254	1602	5	2014-02-20 00:00:00	2014-03-01 00:00:00	270.8055	21.6644	6.7701	2014-03-01 00:00:00
2045	4	4	257	1540	4	2014-02-20 00:00:00	2014-03-01 00:00:00	1814.6835	145.1747	45.3671	2014-03-01 00:00:00
2046	4	4	261	1628	5	2014-02-20 00:00:00	2014-03-01 00:00:00	34644.225	2771.538	866.1056	2014-03-01 00:00:00
2047	4	4	251	1604	4	2014-02-20 00:00:00	2014-03-01 00:00:00	1839.5055	147.1604	45.9876	2014-03-01 00:00:00
2048	4	4	253	1690	5	2014-02-20 00:00:00	2014-03-01 00:00:00	146.286	11.7029	3.6572	2014-03-01 00:00:00
2049	4	4	255	1566	5	2014-02-20 00:00:00	2014-03-01 00:00:00	102.564	8.2051	2.5641	2014-03-01 00:00:00
2050	4	4	256	1698	5	2014-02-20 00:00:00	2014-03-01 00:00:00	150.7905	12.0632	3.7698	2014-03-01 00:00:00
2051	4	4	252	1560	5	2014-02-20 00:00:00	2014-03-01 00:00:00	13669.425	1093.554	341.7356	2014-03-01 00:00:00
2052	4	4	260	1692	5	2014-02-20 00:00:00	2014-03-01 00:00:00	6444.9	515.592	161.1225	2014-03-01 00:00:00
2053	4	4	258	1696	4	2014-02-20 00:00:00	2014-03-01 00:00:00	50860.425	4068.834	1271.5106	2014-03-01 00:00:00
2054	4	4	254	1504	1	2014-02-20 00:00:00	2014-03-01 00:00:00	551.88	44.1504	13.797	2014-03-01 00:00:00
2055	4	4	257	1544	1	2014-02-20 00:00:00	2014-03-01 00:00:00	6987.75	559.02	174.6938	2014-03-01 00:00:00
2056	4	4	261	1530	2	2014-02-20 00:00:00	2014-03-01 00:00:00	28072.275	2245.782	701.8069	2014-03-01 00:00:00
2057	4	4	250	1508	1	2014-02-21 00:00:00	2014-03-02 00:00:00	37312.275	2984.982	932.8069	2014-03-02 00:00:00
2058	4	4	253	1694	1	2014-02-21 00:00:00	2014-03-02 00:00:00	7623	609.84	190.575	2014-03-02 00:00:00
2059	4	4	255	1624	2	2014-02-21 00:00:00	2014-03-02 00:00:00	28297.5	2263.8	707.4375	2014-03-02 00:00:00
2060	4	4	256	1548	2	2014-02-21 00:00:00	2014-03-02 00:00:00	59.9445	4.7956	1.4986	2014-03-02 00:00:00
2061	4	4	259	1598	5	2014-02-21 00:00:00	2014-03-02 00:00:00	222.0435	17.7635	5.5511	2014-03-02 00:00:00
2062	4	4	260	1658	5	2014-02-21 00:00:00	2014-03-02 00:00:00	43878.45	3510.276	1096.9613	2014-03-02 00:00:00
2063	5	4	258	1536	4	2014-02-21 00:00:00	2014-03-02 00:00:00	345.555	27.6444	8.6389	2014-03-02 00:00:00
2064	4	4	254	1568	2	2014-02-21 00:00:00	2014-03-02 00:00:00	15153.6	1212.288	378.84	2014-03-02 00:00:00
2065	4	4	252	1648	5	2014-02-21 00:00:00	2014-03-02 00:00:00	142.4115	11.3929	3.5603	2014-03-02 00:00:00
2066	4	4	261	1646	2	2014-02-21 00:00:00	2014-03-02 00:00:00	48030.675	3842.454	1200.7669	2014-03-02 00:00:00
2067	4	4	251	1672	4	2014-02-21 00:00:00	2014-03-02 00:00:00	823.41	65.8728	20.5853	2014-03-02 00:00:00
2068	4	4	253	1600	1	2014-02-21 00:00:00	2014-03-02 00:00:00	1276.275	102.102	31.9069	2014-03-02 00:00:00
2069	4	4	255	1522	1	2014-02-21 00:00:00	2014-03-02 00:00:00	2003.925	160.314	50.0981	2014-03-02 00:00:00
2070	4	4	256	1570	2	2014-02-21 00:00:00	2014-03-02 00:00:00	50860.425	4068.834	1271.5106	2014-03-02 00:00:00
2071	4	4	259	1516	1	2014-02-21 00:00:00	2014-03-02 00:00:00	454.86	36.3888	11.3715	2014-03-02 00:00:00
2072	5	4	260	1506	5	2014-02-21 00:00:00	2014-03-02 00:00:00	43878.45	3510.276	1096.9613	2014-03-02 00:00:00
2073	4	4	258	1626	2	2014-02-24 00:00:00	2014-03-05 00:00:00	7132.125	570.57	178.3031	2014-03-05 00:00:00
2074	4	4	254	1542	2	2014-02-24 00:00:00	2014-03-05 00:00:00	28343.7	2267.496	708.5925	2014-03-05 00:00:00
2075	4	4	257	1610	4	2014-02-24 00:00:00	2014-03-05 00:00:00	22516.725	1801.338	562.9181	2014-03-05 00:00:00
2076	4	4	261	1638	5	2014-02-24 00:00:00	2014-03-05 00:00:00	34644.225	2771.538	866.1056	2014-03-05 00:00:00
2077	6	4	251	1582	4	2014-02-24 00:00:00	2014-03-05 00:00:00	364.9275	29.1942	9.1232	2014-03-05 00:00:00
2078	4	4	253	1510	5	2014-02-24 00:00:00	2014-03-05 00:00:00	143.0415	11.4433	3.576	2014-03-05 00:00:00
2079	4	4	255	1526	2	2014-02-24 00:00:00	2014-03-05 00:00:00	28199.325	2255.946	704.9831	2014-03-05 00:00:00
2080	4	4	256	1644	1	2014-02-24 00:00:00	2014-03-05 00:00:00	3713.325	297.066	92.8331	2014-03-05 00:00:00
2081	4	4	259	1680	4	2014-02-24 00:00:00	2014-03-05 00:00:00	19952.625	1596.21	498.8156	2014-03-05 00:00:00
2082	4	4	260	1584	5	2014-02-24 00:00:00	2014-03-05 00:00:00	6540.66	523.2528	163.5165	2014-03-05 00:00:00
2083	6	4	258	1620	5	2014-02-24 00:00:00	2014-03-05 00:00:00	5711.475	456.918	142.7869	2014-03-05 00:00:00
2084	4	4	254	1666	5	2014-02-24 00:00:00	2014-03-05 00:00:00	279.783	22.3826	6.9946	2014-03-05 00:00:00
2085	4	4	257	1592	2	2014-02-24 00:00:00	2014-03-05 00:00:00	97.965	7.8372	2.4491	2014-03-05 00:00:00
2086	4	4	261	1618	4	2014-02-24 00:00:00	2014-03-05 00:00:00	114.471	9.1577	2.8618	2014-03-05 00:00:00
2087	4	4	251	1612	4	2014-02-24 00:00:00	2014-03-05 00:00:00	132.6465	10.6117	3.3162	2014-03-05 00:00:00
2088	4	4	253	1586	5	2014-02-24 00:00:00	2014-03-05 00:00:00	43878.45	3510.276	1096.9613	2014-03-05 00:00:00
2089	4	4	252	1500	1	2014-02-25 00:00:00	2014-03-06 00:00:00	418.95	33.516	10.4738	2014-03-06 00:00:00
2090	4	4	256	1656	4	2014-02-25 00:00:00	2014-03-06 00:00:00	404.145	32.3316	10.1036	2014-03-06 00:00:00
2091	4	4	259	1572	1	2014-02-25 00:00:00	2014-03-06 00:00:00	461.79	36.9432	11.5448	2014-03-06 00:00:00
2092	4	4	260	1562	4	2014-02-25 00:00:00	2014-03-06 00:00:00	247.2435	19.7795	6.1811	2014-03-06 00:00:00
2093	4	4	258	1662	2	2014-02-25 00:00:00	2014-03-06 00:00:00	37.0755	2.966	0.9269	2014-03-06 00:00:00
2094	4	4	254	1682	4	2014-02-25 00:00:00	2014-03-06 00:00:00	21558.075	1724.646	538.9519	2014-03-06 00:00:00
2095	4	4	257	1686	5	2014-02-25 00:00:00	2014-03-06 00:00:00	533.547	42.6838	13.3387	2014-03-06 00:00:00
2096	4	4	261	1684	5	2014-02-25 00:00:00	2014-03-06 00:00:00	86220.75	6897.66	2155.5188	2014-03-06 00:00:00
2097	4	4	251	1534	5	2014-02-25 00:00:00	2014-03-06 00:00:00	776.79	62.1432	19.4198	2014-03-06 00:00:00
2098	4	4	253	1614	4	2014-02-25 00:00:00	2014-03-06 00:00:00	136.647	10.9318	3.4162	2014-03-06 00:00:00
2099	4	4	255	1588	5	2014-02-25 00:00:00	2014-03-06 00:00:00	40471.2	3237.696	1011.78	2014-03-06 00:00:00
2100	4	4	252	1622	5	2014-02-25 00:00:00	2014-03-06 00:00:00	427.455	34.1964	10.6864	2014-03-06 00:00:00
2101	4	4	259	1632	4	2014-02-25 00:00:00	2014-03-06 00:00:00	23671.725	1893.738	591.7931	2014-03-06 00:00:00
2102	4	4	260	1608	5	2014-02-25 00:00:00	2014-03-06 00:00:00	5948.25	475.86	148.7063	2014-03-06 00:00:00
2103	5	4	258	1576	5	2014-02-25 00:00:00	2014-03-06 00:00:00	91117.95	7289.436	2277.9488	2014-03-06 00:00:00
2104	4	3	250	1590	1	2014-02-25 00:00:00	2014-03-06 00:00:00	525	42	13.125	2014-03-06 00:00:00
2105	4	4	257	1514	5	2014-02-26 00:00:00	2014-03-07 00:00:00	2003.6835	160.2947	50.0921	2014-03-07 00:00:00
2106	4	4	261	1498	4	2014-02-26 00:00:00	2014-03-07 00:00:00	26455.275	2116.422	661.3819	2014-03-07 00:00:00
2107	4	4	251	1674	2	2014-02-26 00:00:00	2014-03-07 00:00:00	944.37	75.5496	23.6093	2014-03-07 00:00:00
2108	4	4	253	1652	4	2014-02-26 00:00:00	2014-03-07 00:00:00	51588.075	4127.046	1289.7019	2014-03-07 00:00:00
2109	4	4	255	1578	3	2014-02-26 00:00:00	2014-03-07 00:00:00	62843.55	5027.484	1571.0888	2014-03-07 00:00:00
2110	4	4	256	1538	5	2014-02-26 00:00:00	2014-03-07 00:00:00	37843.575	3027.486	946.0894	2014-03-07 00:00:00
2111	4	4	259	1556	4	2014-02-26 00:00:00	2014-03-07 00:00:00	25531.275	2042.502	638.2819	2014-03-07 00:00:00
2112	4	4	260	1554	5	2014-02-26 00:00:00	2014-03-07 00:00:00	272.7585	21.8207	6.819	2014-03-07 00:00:00
2113	4	4	258	1688	4	2014-02-26 00:00:00	2014-03-07 00:00:00	125.748	10.0598	3.1437	2014-03-07 00:00:00
2114	4	4	254	1580	5	2014-02-26 00:00:00	2014-03-07 00:00:00	150.7905	12.0632	3.7698	2014-03-07 00:00:00
2115	4	4	257	1496	4	2014-02-26 00:00:00	2014-03-07 00:00:00	111.5415	8.9233	2.7885	2014-03-07 00:00:00
2116	4	4	261	1494	2	2014-02-26 00:00:00	2014-03-07 00:00:00	8847.3	707.784	221.1825	2014-03-07 00:00:00
2117	4	4	251	1650	5	2014-02-26 00:00:00	2014-03-07 00:00:00	171.0765	13.6861	4.2769	2014-03-07 00:00:00
2118	4	4	253	1654	4	2014-02-26 00:00:00	2014-03-07 00:00:00	20397.3	1631.784	509.9325	2014-03-07 00:00:00
2119	4	4	255	1664	3	2014-02-26 00:00:00	2014-03-07 00:00:00	14628.075	1170.246	365.7019	2014-03-07 00:00:00
2120	4	4	256	1678	3	2014-02-26 00:00:00	2014-03-07 00:00:00	58685.55	4694.844	1467.1388	2014-03-07 00:00:00
2121	4	4	259	1616	4	2014-02-27 00:00:00	2014-03-08 00:00:00	500.5665	40.0453	12.5142	2014-03-08 00:00:00
2122	4	4	250	1492	5	2014-02-27 00:00:00	2014-03-08 00:00:00	272.7585	21.8207	6.819	2014-03-08 00:00:00
2123	4	4	258	1602	5	2014-02-27 00:00:00	2014-03-08 00:00:00	1525.23	122.0184	38.1308	2014-03-08 00:00:00
2124	4	4	254	1540	4	2014-02-27 00:00:00	2014-03-08 00:00:00	260.1585	20.8127	6.504	2014-03-08 00:00:00
2125	4	4	257	1628	5	2014-02-27 00:00:00	2014-03-08 00:00:00	34644.225	2771.538	866.1056	2014-03-08 00:00:00
2126	4	4	261	1604	4	2014-02-27 00:00:00	2014-03-08 00:00:00	1839.5055	147.1604	45.9876	2014-03-08 00:00:00
2127	4	4	251	1690	5	2014-02-27 00:00:00	2014-03-08 00:00:00	146.286	11.7029	3.6572	2014-03-08 00:00:00
2128	4	4	253	1566	5	2014-02-27 00:00:00	2014-03-08 00:00:00	102.564	8.2051	2.5641	2014-03-08 00:00:00
2129	4	4	255	1698	5	2014-02-27 00:00:00	2014-03-08 00:00:00	150.7905	12.0632	3.7698	2014-03-08 00:00:00
2130	4	4	256	1560	5	2014-02-27 00:00:00	2014-03-08 00:00:00	13669.425	1093.554	341.7356	2014-03-08 00:00:00
2131	4	4	259	1692	5	2014-02-27 00:00:00	2014-03-08 00:00:00	9948.33	795.8664	248.7083	2014-03-08 00:00:00
2132	4	4	260	1696	4	2014-02-27 00:00:00	2014-03-08 00:00:00	34118.7	2729.496	852.9675	2014-03-08 00:00:00
2133	4	4	250	1504	1	2014-02-27 00:00:00	2014-03-08 00:00:00	551.88	44.1504	13.797	2014-03-08 00:00:00
2134	4	4	254	1544	1	2014-02-27 00:00:00	2014-03-08 00:00:00	3811.5	304.92	95.2875	2014-03-08 00:00:00
2135	4	4	257	1530	2	2014-02-27 00:00:00	2014-03-08 00:00:00	28072.275	2245.782	701.8069	2014-03-08 00:00:00
2136	4	4	261	1508	1	2014-02-27 00:00:00	2014-03-08 00:00:00	37312.275	2984.982	932.8069	2014-03-08 00:00:00
2137	4	4	251	1694	1	2014-02-28 00:00:00	2014-03-09 00:00:00	7623	609.84	190.575	2014-03-09 00:00:00
2138	4	4	253	1624	2	2014-02-28 00:00:00	2014-03-09 00:00:00	28297.5	2263.8	707.4375	2014-03-09 00:00:00
2139	4	4	255	1548	2	2014-02-28 00:00:00	2014-03-09 00:00:00	59.9445	4.7956	1.4986	2014-03-09 00:00:00
2140	4	4	256	1598	4	2014-02-28 00:00:00	2014-03-09 00:00:00	370.755	29.6604	9.2689	2014-03-09 00:00:00
2141	4	4	259	1658	5	2014-02-28 00:00:00	2014-03-09 00:00:00	43878.45	3510.276	1096.9613	2014-03-09 00:00:00
2142	4	4	260	1536	4	2014-02-28 00:00:00	2014-03-09 00:00:00	272.1285	21.7703	6.8032	2014-03-09 00:00:00
2143	4	4	258	1568	2	2014-02-28 00:00:00	2014-03-09 00:00:00	21252	1700.16	531.3	2014-03-09 00:00:00
2144	4	4	254	1648	5	2014-02-28 00:00:00	2014-03-09 00:00:00	142.4115	11.3929	3.5603	2014-03-09 00:00:00
2145	4	4	257	1646	2	2014-02-28 00:00:00	2014-03-09 00:00:00	48030.675	3842.454	1200.7669	2014-03-09 00:00:00
2146	4	4	261	1672	4	2014-02-28 00:00:00	2014-03-09 00:00:00	50983.9365	4078.7149	1274.5984	2014-03-09 00:00:00
2147	4	4	251	1600	1	2014-02-28 00:00:00	2014-03-09 00:00:00	1276.275	102.102	31.9069	2014-03-09 00:00:00
2148	4	4	253	1522	1	2014-02-28 00:00:00	2014-03-09 00:00:00	2003.925	160.314	50.0981	2014-03-09 00:00:00
2149	4	4	255	1570	2	2014-02-28 00:00:00	2014-03-09 00:00:00	50860.425	4068.834	1271.5106	2014-03-09 00:00:00
2150	4	4	256	1516	1	2014-02-28 00:00:00	2014-03-09 00:00:00	454.86	36.3888	11.3715	2014-03-09 00:00:00
2151	5	4	252	1506	5	2014-02-28 00:00:00	2014-03-09 00:00:00	43878.45	3510.276	1096.9613	2014-03-09 00:00:00
2152	4	4	260	1626	2	2014-02-28 00:00:00	2014-03-09 00:00:00	7132.125	570.57	178.3031	2014-03-09 00:00:00
2153	4	4	258	1542	2	2014-03-01 00:00:00	2014-03-10 00:00:00	28343.7	2267.496	708.5925	2014-03-10 00:00:00
2154	4	4	254	1610	4	2014-03-01 00:00:00	2014-03-10 00:00:00	22516.725	1801.338	562.9181	2014-03-10 00:00:00
2155	4	4	257	1638	5	2014-03-01 00:00:00	2014-03-10 00:00:00	34644.225	2771.538	866.1056	2014-03-10 00:00:00
2156	4	4	261	1582	5	2014-03-01 00:00:00	2014-03-10 00:00:00	564.1965	45.1357	14.1049	2014-03-10 00:00:00
2157	4	4	250	1510	5	2014-03-01 00:00:00	2014-03-10 00:00:00	143.0415	11.4433	3.576	2014-03-10 00:00:00
2158	4	4	253	1526	2	2014-03-01 00:00:00	2014-03-10 00:00:00	28199.325	2255.946	704.9831	2014-03-10 00:00:00
2159	4	4	255	1644	1	2014-03-01 00:00:00	2014-03-10 00:00:00	3713.325	297.066	92.8331	2014-03-10 00:00:00
2160	4	4	256	1680	5	2014-03-01 00:00:00	2014-03-10 00:00:00	63831.075	5106.486	1595.7769	2014-03-10 00:00:00
2161	4	4	259	1584	5	2014-03-01 00:00:00	2014-03-10 00:00:00	9799.65	783.972	244.9913	2014-03-10 00:00:00
2162	4	4	260	1620	5	2014-03-01 00:00:00	2014-03-10 00:00:00	5711.475	456.918	142.7869	2014-03-10 00:00:00
2163	4	4	258	1666	5	2014-03-01 00:00:00	2014-03-10 00:00:00	416.745	33.3396	10.4186	2014-03-10 00:00:00
2164	4	4	254	1592	2	2014-03-01 00:00:00	2014-03-10 00:00:00	97.965	7.8372	2.4491	2014-03-10 00:00:00
2165	4	4	252	1618	4	2014-03-01 00:00:00	2014-03-10 00:00:00	114.471	9.1577	2.8618	2014-03-10 00:00:00
2166	4	4	261	1612	4	2014-03-01 00:00:00	2014-03-10 00:00:00	132.6465	10.6117	3.3162	2014-03-10 00:00:00
2167	4	4	251	1586	5	2014-03-01 00:00:00	2014-03-10 00:00:00	43878.45	3510.276	1096.9613	2014-03-10 00:00:00
2168	4	4	253	1500	1	2014-03-01 00:00:00	2014-03-10 00:00:00	418.95	33.516	10.4738	2014-03-10 00:00:00
2169	4	4	255	1656	4	2014-03-03 00:00:00	2014-03-12 00:00:00	633.7485	50.6999	15.8437	2014-03-12 00:00:00
2170	5	4	256	1572	1	2014-03-03 00:00:00	2014-03-12 00:00:00	461.79	36.9432	11.5448	2014-03-12 00:00:00
2171	4	4	259	1562	4	2014-03-03 00:00:00	2014-03-12 00:00:00	475.209	38.0167	11.8802	2014-03-12 00:00:00
2172	4	4	260	1662	2	2014-03-03 00:00:00	2014-03-12 00:00:00	37.0755	2.966	0.9269	2014-03-12 00:00:00
2173	4	4	258	1682	4	2014-03-03 00:00:00	2014-03-12 00:00:00	21558.075	1724.646	538.9519	2014-03-12 00:00:00
2174	4	4	254	1686	4	2014-03-03 00:00:00	2014-03-12 00:00:00	259.8435	20.7875	6.4961	2014-03-12 00:00:00
2175	4	4	257	1684	5	2014-03-03 00:00:00	2014-03-12 00:00:00	86220.75	6897.66	2155.5188	2014-03-12 00:00:00
2176	4	4	261	1534	4	2014-03-03 00:00:00	2014-03-12 00:00:00	484.407	38.7526	12.1102	2014-03-12 00:00:00
2177	4	4	251	1614	5	2014-03-03 00:00:00	2014-03-12 00:00:00	837.9	67.032	20.9475	2014-03-12 00:00:00
2178	4	4	253	1588	5	2014-03-03 00:00:00	2014-03-12 00:00:00	40471.2	3237.696	1011.78	2014-03-12 00:00:00
2179	4	4	255	1622	4	2014-03-03 00:00:00	2014-03-12 00:00:00	661.878	52.9502	16.547	2014-03-12 00:00:00
2180	4	4	256	1632	5	2014-03-03 00:00:00	2014-03-12 00:00:00	62092.8	4967.424	1552.32	2014-03-12 00:00:00
2181	4	4	259	1608	5	2014-03-03 00:00:00	2014-03-12 00:00:00	5948.25	475.86	148.7063	2014-03-12 00:00:00
2182	4	4	260	1576	5	2014-03-03 00:00:00	2014-03-12 00:00:00	91117.95	7289.436	2277.9488	2014-03-12 00:00:00
2183	4	4	258	1590	1	2014-03-03 00:00:00	2014-03-12 00:00:00	525	42	13.125	2014-03-12 00:00:00
2184	4	4	254	1514	5	2014-03-03 00:00:00	2014-03-12 00:00:00	281.8935	22.5515	7.0473	2014-03-12 00:00:00
2185	4	4	257	1498	4	2014-03-04 00:00:00	2014-03-13 00:00:00	26455.275	2116.422	661.3819	2014-03-13 00:00:00
2186	4	4	261	1674	2	2014-03-04 00:00:00	2014-03-13 00:00:00	944.37	75.5496	23.6093	2014-03-13 00:00:00
2187	4	4	251	1652	4	2014-03-04 00:00:00	2014-03-13 00:00:00	51588.075	4127.046	1289.7019	2014-03-13 00:00:00
2188	4	4	253	1578	3	2014-03-04 00:00:00	2014-03-13 00:00:00	62843.55	5027.484	1571.0888	2014-03-13 00:00:00
2189	4	4	252	1538	5	2014-03-04 00:00:00	2014-03-13 00:00:00	37843.575	3027.486	946.0894	2014-03-13 00:00:00
2190	4	4	256	1556	4	2014-03-04 00:00:00	2014-03-13 00:00:00	25531.275	2042.502	638.2819	2014-03-13 00:00:00
2191	4	4	259	1554	4	2014-03-04 00:00:00	2014-03-13 00:00:00	501.1965	40.0957	12.5299	2014-03-13 00:00:00
2192	4	4	260	1688	4	2014-03-04 00:00:00	2014-03-13 00:00:00	125.748	10.0598	3.1437	2014-03-13 00:00:00
2193	4	4	258	1580	5	2014-03-04 00:00:00	2014-03-13 00:00:00	150.7905	12.0632	3.7698	2014-03-13 00:00:00
2194	4	4	254	1496	5	2014-03-04 00:00:00	2014-03-13 00:00:00	279.783	22.3826	6.9946	2014-03-13 00:00:00
2195	5	4	257	1494	2	2014-03-04 00:00:00	2014-03-13 00:00:00	8847.3	707.784	221.1825	2014-03-13 00:00:00
2196	4	4	261	1650	5	2014-03-04 00:00:00	2014-03-13 00:00:00	171.0765	13.6861	4.2769	2014-03-13 00:00:00
2197	4	4	251	1654	4	2014-03-04 00:00:00	2014-03-13 00:00:00	20397.3	1631.784	509.9325	2014-03-13 00:00:00
2198	4	4	253	1664	3	2014-03-04 00:00:00	2014-03-13 00:00:00	14628.075	1170.246	365.7019	2014-03-13 00:00:00
2199	4	4	255	1678	3	2014-03-04 00:00:00	2014-03-13 00:00:00	58685.55	4694.844	1467.1388	2014-03-13 00:00:00
2200	4	4	252	1616	4	2014-03-04 00:00:00	2014-03-13 00:00:00	358.155	28.6524	8.9539	2014-03-13 00:00:00
2201	4	4	259	1492	4	2014-03-05 00:00:00	2014-03-14 00:00:00	501.1965	40.0957	12.5299	2014-03-14 00:00:00
2202	4	4	260	1602	5	2014-03-05 00:00:00	2014-03-14 00:00:00	270.8055	21.6644	6.7701	2014-03-14 00:00:00
2203	4	4	258	1540	4	2014-03-05 00:00:00	2014-03-14 00:00:00	371.2275	29.6982	9.2807	2014-03-14 00:00:00
2204	4	3	250	1628	5	2014-03-05 00:00:00	2014-03-14 00:00:00	34644.225	2771.538	866.1056	2014-03-14 00:00:00
2205	4	4	257	1604	4	2014-03-05 00:00:00	2014-03-14 00:00:00	1839.5055	147.1604	45.9876	2014-03-14 00:00:00
2206	4	4	261	1690	5	2014-03-05 00:00:00	2014-03-14 00:00:00	146.286	11.7029	3.6572	2014-03-14 00:00:00
2207	4	4	251	1566	5	2014-03-05 00:00:00	2014-03-14 00:00:00	102.564	8.2051	2.5641	2014-03-14 00:00:00
2208	4	4	253	1698	5	2014-03-05 00:00:00	2014-03-14 00:00:00	150.7905	12.0632	3.7698	2014-03-14 00:00:00
2209	4	4	255	1560	5	2014-03-05 00:00:00	2014-03-14 00:00:00	13669.425	1093.554	341.7356	2014-03-14 00:00:00
2210	4	4	256	1692	5	2014-03-05 00:00:00	2014-03-14 00:00:00	9637.11	770.9688	240.9278	2014-03-14 00:00:00
2211	4	4	259	1696	5	2014-03-05 00:00:00	2014-03-14 00:00:00	39258.45	3140.676	981.4613	2014-03-14 00:00:00
2212	4	4	260	1504	1	2014-03-05 00:00:00	2014-03-14 00:00:00	551.88	44.1504	13.797	2014-03-14 00:00:00
2213	4	4	258	1544	1	2014-03-05 00:00:00	2014-03-14 00:00:00	3176.25	254.1	79.4063	2014-03-14 00:00:00
2214	4	4	254	1530	2	2014-03-05 00:00:00	2014-03-14 00:00:00	28072.275	2245.782	701.8069	2014-03-14 00:00:00
2215	4	4	257	1508	1	2014-03-05 00:00:00	2014-03-14 00:00:00	37312.275	2984.982	932.8069	2014-03-14 00:00:00
2216	4	4	261	1694	1	2014-03-05 00:00:00	2014-03-14 00:00:00	7623	609.84	190.575	2014-03-14 00:00:00
2217	4	4	251	1624	2	2014-03-06 00:00:00	2014-03-15 00:00:00	28297.5	2263.8	707.4375	2014-03-15 00:00:00
2218	4	4	253	1548	2	2014-03-06 00:00:00	2014-03-15 00:00:00	59.9445	4.7956	1.4986	2014-03-15 00:00:00
2219	4	4	255	1598	4	2014-03-06 00:00:00	2014-03-15 00:00:00	567.378	45.3902	14.1845	2014-03-15 00:00:00
2220	4	4	256	1658	5	2014-03-06 00:00:00	2014-03-15 00:00:00	43878.45	3510.276	1096.9613	2014-03-15 00:00:00
2221	4	4	259	1536	4	2014-03-06 00:00:00	2014-03-15 00:00:00	525.7665	42.0613	13.1442	2014-03-15 00:00:00
2222	4	4	250	1568	2	2014-03-06 00:00:00	2014-03-15 00:00:00	10914.75	873.18	272.8688	2014-03-15 00:00:00
2223	4	4	258	1648	5	2014-03-06 00:00:00	2014-03-15 00:00:00	142.4115	11.3929	3.5603	2014-03-15 00:00:00
2224	4	4	254	1646	2	2014-03-06 00:00:00	2014-03-15 00:00:00	28794.15	2303.532	719.8538	2014-03-15 00:00:00
2225	4	4	257	1672	4	2014-03-06 00:00:00	2014-03-15 00:00:00	51807.3465	4144.5877	1295.1837	2014-03-15 00:00:00
2226	4	4	261	1600	1	2014-03-06 00:00:00	2014-03-15 00:00:00	1276.275	102.102	31.9069	2014-03-15 00:00:00
2227	4	4	251	1522	1	2014-03-06 00:00:00	2014-03-15 00:00:00	2003.925	160.314	50.0981	2014-03-15 00:00:00
2228	4	4	253	1570	2	2014-03-06 00:00:00	2014-03-15 00:00:00	50860.425	4068.834	1271.5106	2014-03-15 00:00:00
2229	4	4	255	1516	1	2014-03-06 00:00:00	2014-03-15 00:00:00	454.86	36.3888	11.3715	2014-03-15 00:00:00
2230	4	4	256	1506	5	2014-03-06 00:00:00	2014-03-15 00:00:00	43878.45	3510.276	1096.9613	2014-03-15 00:00:00
2231	4	4	259	1626	2	2014-03-06 00:00:00	2014-03-15 00:00:00	7132.125	570.57	178.3031	2014-03-15 00:00:00
2232	4	4	260	1542	2	2014-03-06 00:00:00	2014-03-15 00:00:00	28343.7	2267.496	708.5925	2014-03-15 00:00:00
2233	4	4	250	1610	4	2014-03-07 00:00:00	2014-03-16 00:00:00	22516.725	1801.338	562.9181	2014-03-16 00:00:00
2234	4	4	254	1638	5	2014-03-07 00:00:00	2014-03-16 00:00:00	34644.225	2771.538	866.1056	2014-03-16 00:00:00
2235	4	4	257	1582	4	2014-03-07 00:00:00	2014-03-16 00:00:00	1151.4825	92.1186	28.7871	2014-03-16 00:00:00
2236	4	4	261	1510	5	2014-03-07 00:00:00	2014-03-16 00:00:00	143.0415	11.4433	3.576	2014-03-16 00:00:00
2237	4	4	251	1526	2	2014-03-07 00:00:00	2014-03-16 00:00:00	28199.325	2255.946	704.9831	2014-03-16 00:00:00
2238	4	4	253	1644	1	2014-03-07 00:00:00	2014-03-16 00:00:00	3713.325	297.066	92.8331	2014-03-16 00:00:00
2239	4	4	255	1680	5	2014-03-07 00:00:00	2014-03-16 00:00:00	63831.075	5106.486	1595.7769	2014-03-16 00:00:00
2240	4	4	256	1584	5	2014-03-07 00:00:00	2014-03-16 00:00:00	9585.45	766.836	239.6363	2014-03-16 00:00:00
2241	4	4	259	1620	5	2014-03-07 00:00:00	2014-03-16 00:00:00	5711.475	456.918	142.7869	2014-03-16 00:00:00
2242	4	4	260	1666	5	2014-03-07 00:00:00	2014-03-16 00:00:00	273.7035	21.8963	6.8426	2014-03-16 00:00:00
2243	4	4	258	1592	2	2014-03-07 00:00:00	2014-03-16 00:00:00	97.965	7.8372	2.4491	2014-03-16 00:00:00
2244	4	4	254	1618	4	2014-03-07 00:00:00	2014-03-16 00:00:00	114.471	9.1577	2.8618	2014-03-16 00:00:00
2245	4	4	257	1612	4	2014-03-07 00:00:00	2014-03-16 00:00:00	132.6465	10.6117	3.3162	2014-03-16 00:00:00
2246	4	4	261	1586	5	2014-03-07 00:00:00	2014-03-16 00:00:00	43878.45	3510.276	1096.9613	2014-03-16 00:00:00
2247	4	4	251	1500	1	2014-03-07 00:00:00	2014-03-16 00:00:00	418.95	33.516	10.4738	2014-03-16 00:00:00
2248	4	4	253	1656	4	2014-03-07 00:00:00	2014-03-16 00:00:00	607.8555	48.6284	15.1964	2014-03-16 00:00:00
2249	4	4	255	1572	1	2014-03-10 00:00:00	2014-03-19 00:00:00	461.79	36.9432	11.5448	2014-03-19 00:00:00
2250	4	4	256	1562	5	2014-03-10 00:00:00	2014-03-19 00:00:00	414.918	33.1934	10.373	2014-03-19 00:00:00
2251	4	4	252	1662	2	2014-03-10 00:00:00	2014-03-19 00:00:00	37.0755	2.966	0.9269	2014-03-19 00:00:00
2252	4	4	260	1682	4	2014-03-10 00:00:00	2014-03-19 00:00:00	21558.075	1724.646	538.9519	2014-03-19 00:00:00
2253	4	4	258	1686	4	2014-03-10 00:00:00	2014-03-19 00:00:00	364.455	29.1564	9.1114	2014-03-19 00:00:00
2254	4	4	254	1684	5	2014-03-10 00:00:00	2014-03-19 00:00:00	41048.7	3283.896	1026.2175	2014-03-19 00:00:00
2255	4	4	257	1534	4	2014-03-10 00:00:00	2014-03-19 00:00:00	111.5415	8.9233	2.7885	2014-03-19 00:00:00
2256	4	4	261	1614	4	2014-03-10 00:00:00	2014-03-19 00:00:00	390.6	31.248	9.765	2014-03-19 00:00:00
2257	4	4	250	1588	5	2014-03-10 00:00:00	2014-03-19 00:00:00	40471.2	3237.696	1011.78	2014-03-19 00:00:00
2258	4	4	253	1622	4	2014-03-10 00:00:00	2014-03-19 00:00:00	136.332	10.9066	3.4083	2014-03-19 00:00:00
2259	4	4	255	1632	5	2014-03-10 00:00:00	2014-03-19 00:00:00	62092.8	4967.424	1552.32	2014-03-19 00:00:00
2260	4	4	256	1608	5	2014-03-10 00:00:00	2014-03-19 00:00:00	5948.25	475.86	148.7063	2014-03-19 00:00:00
2261	4	4	259	1576	5	2014-03-10 00:00:00	2014-03-19 00:00:00	91117.95	7289.436	2277.9488	2014-03-19 00:00:00
2262	4	4	260	1590	1	2014-03-10 00:00:00	2014-03-19 00:00:00	525	42	13.125	2014-03-19 00:00:00
2263	5	4	258	1514	3	2014-03-10 00:00:00	2014-03-19 00:00:00	1721.79	137.7432	43.0448	2014-03-19 00:00:00
2264	4	4	254	1498	4	2014-03-10 00:00:00	2014-03-19 00:00:00	26455.275	2116.422	661.3819	2014-03-19 00:00:00
2265	4	4	252	1674	2	2014-03-11 00:00:00	2014-03-20 00:00:00	944.37	75.5496	23.6093	2014-03-20 00:00:00
2266	4	4	261	1652	4	2014-03-11 00:00:00	2014-03-20 00:00:00	51588.075	4127.046	1289.7019	2014-03-20 00:00:00
2267	4	4	251	1578	3	2014-03-11 00:00:00	2014-03-20 00:00:00	62843.55	5027.484	1571.0888	2014-03-20 00:00:00
2268	4	4	253	1538	5	2014-03-11 00:00:00	2014-03-20 00:00:00	37843.575	3027.486	946.0894	2014-03-20 00:00:00
2269	6	4	255	1556	4	2014-03-12 00:00:00	2014-03-21 00:00:00	25531.275	2042.502	638.2819	2014-03-21 00:00:00
2270	4	4	256	1554	4	2014-03-12 00:00:00	2014-03-21 00:00:00	358.6275	28.6902	8.9657	2014-03-21 00:00:00
2271	4	4	259	1688	4	2014-03-12 00:00:00	2014-03-21 00:00:00	125.748	10.0598	3.1437	2014-03-21 00:00:00
2272	4	4	260	1580	5	2014-03-12 00:00:00	2014-03-21 00:00:00	150.7905	12.0632	3.7698	2014-03-21 00:00:00
2273	4	4	258	1496	5	2014-03-12 00:00:00	2014-03-21 00:00:00	416.745	33.3396	10.4186	2014-03-21 00:00:00
2274	4	4	254	1494	2	2014-03-12 00:00:00	2014-03-21 00:00:00	8847.3	707.784	221.1825	2014-03-21 00:00:00
2275	4	4	257	1650	5	2014-03-12 00:00:00	2014-03-21 00:00:00	171.0765	13.6861	4.2769	2014-03-21 00:00:00
2276	4	4	261	1654	4	2014-03-12 00:00:00	2014-03-21 00:00:00	20397.3	1631.784	509.9325	2014-03-21 00:00:00
2277	4	4	251	1664	3	2014-03-12 00:00:00	2014-03-21 00:00:00	14628.075	1170.246	365.7019	2014-03-21 00:00:00
2278	4	4	253	1678	3	2014-03-12 00:00:00	2014-03-21 00:00:00	58685.55	4694.844	1467.1388	2014-03-21 00:00:00
2279	4	4	255	1616	4	2014-03-12 00:00:00	2014-03-21 00:00:00	599.4135	47.9531	14.9853	2014-03-21 00:00:00
2280	4	4	256	1492	4	2014-03-12 00:00:00	2014-03-21 00:00:00	358.6275	28.6902	8.9657	2014-03-21 00:00:00
2281	4	4	259	1602	5	2014-03-12 00:00:00	2014-03-21 00:00:00	1525.23	122.0184	38.1308	2014-03-21 00:00:00
2282	4	4	260	1540	4	2014-03-12 00:00:00	2014-03-21 00:00:00	228.438	18.275	5.711	2014-03-21 00:00:00
2283	4	4	258	1628	5	2014-03-12 00:00:00	2014-03-21 00:00:00	34644.225	2771.538	866.1056	2014-03-21 00:00:00
2284	4	4	254	1604	4	2014-03-12 00:00:00	2014-03-21 00:00:00	257.5755	20.606	6.4394	2014-03-21 00:00:00
2285	7	4	257	1690	5	2014-03-13 00:00:00	2014-03-22 00:00:00	146.286	11.7029	3.6572	2014-03-22 00:00:00
2286	4	4	261	1566	5	2014-03-13 00:00:00	2014-03-22 00:00:00	102.564	8.2051	2.5641	2014-03-22 00:00:00
2287	4	4	251	1698	5	2014-03-13 00:00:00	2014-03-22 00:00:00	150.7905	12.0632	3.7698	2014-03-22 00:00:00
2288	4	4	253	1560	5	2014-03-13 00:00:00	2014-03-22 00:00:00	13669.425	1093.554	341.7356	2014-03-22 00:00:00
2289	4	4	252	1692	5	2014-03-13 00:00:00	2014-03-22 00:00:00	6756.12	540.4896	168.903	2014-03-22 00:00:00
2290	4	4	256	1696	2	2014-03-13 00:00:00	2014-03-22 00:00:00	50860.425	4068.834	1271.5106	2014-03-22 00:00:00
2291	4	4	259	1504	1	2014-03-13 00:00:00	2014-03-22 00:00:00	551.88	44.1504	13.797	2014-03-22 00:00:00
2292	4	4	260	1544	1	2014-03-13 00:00:00	2014-03-22 00:00:00	3811.5	304.92	95.2875	2014-03-22 00:00:00
2293	4	4	258	1530	2	2014-03-13 00:00:00	2014-03-22 00:00:00	28072.275	2245.782	701.8069	2014-03-22 00:00:00
2294	4	4	254	1508	1	2014-03-13 00:00:00	2014-03-22 00:00:00	35394.975	2831.598	884.8744	2014-03-22 00:00:00
2295	4	4	257	1694	1	2014-03-13 00:00:00	2014-03-22 00:00:00	7623	609.84	190.575	2014-03-22 00:00:00
2296	4	4	261	1624	2	2014-03-13 00:00:00	2014-03-22 00:00:00	28297.5	2263.8	707.4375	2014-03-22 00:00:00
2297	4	4	251	1548	2	2014-03-14 00:00:00	2014-03-23 00:00:00	59.9445	4.7956	1.4986	2014-03-23 00:00:00
2298	4	4	253	1598	4	2014-03-14 00:00:00	2014-03-23 00:00:00	117.432	9.3946	2.9358	2014-03-23 00:00:00
2299	4	4	255	1658	5	2014-03-14 00:00:00	2014-03-23 00:00:00	43878.45	3510.276	1096.9613	2014-03-23 00:00:00
2300	4	4	252	1536	4	2014-03-14 00:00:00	2014-03-23 00:00:00	377.055	30.1644	9.4264	2014-03-23 00:00:00
2301	4	4	259	1568	1	2014-03-14 00:00:00	2014-03-23 00:00:00	18220.125	1457.61	455.5031	2014-03-23 00:00:00
2302	4	4	260	1648	5	2014-03-14 00:00:00	2014-03-23 00:00:00	142.4115	11.3929	3.5603	2014-03-23 00:00:00
2303	4	4	258	1646	5	2014-03-14 00:00:00	2014-03-23 00:00:00	19236.525	1538.922	480.9131	2014-03-23 00:00:00
2304	4	3	250	1672	4	2014-03-14 00:00:00	2014-03-23 00:00:00	285.0435	22.8035	7.1261	2014-03-23 00:00:00
2305	4	4	257	1600	1	2014-03-14 00:00:00	2014-03-23 00:00:00	1276.275	102.102	31.9069	2014-03-23 00:00:00
2306	4	4	261	1522	1	2014-03-14 00:00:00	2014-03-23 00:00:00	2003.925	160.314	50.0981	2014-03-23 00:00:00
2307	4	4	251	1570	2	2014-03-14 00:00:00	2014-03-23 00:00:00	50860.425	4068.834	1271.5106	2014-03-23 00:00:00
2308	4	4	253	1516	1	2014-03-14 00:00:00	2014-03-23 00:00:00	454.86	36.3888	11.3715	2014-03-23 00:00:00
2309	4	4	255	1506	5	2014-03-14 00:00:00	2014-03-23 00:00:00	43878.45	3510.276	1096.9613	2014-03-23 00:00:00
2310	4	4	256	1626	2	2014-03-14 00:00:00	2014-03-23 00:00:00	7132.125	570.57	178.3031	2014-03-23 00:00:00
2311	4	4	259	1542	2	2014-03-14 00:00:00	2014-03-23 00:00:00	28343.7	2267.496	708.5925	2014-03-23 00:00:00
2312	4	4	260	1610	4	2014-03-14 00:00:00	2014-03-23 00:00:00	22516.725	1801.338	562.9181	2014-03-23 00:00:00
2313	4	4	258	1638	5	2014-03-17 00:00:00	2014-03-26 00:00:00	34644.225	2771.538	866.1056	2014-03-26 00:00:00
2314	4	4	254	1582	5	2014-03-17 00:00:00	2014-03-26 00:00:00	278.838	22.307	6.971	2014-03-26 00:00:00
2315	4	4	257	1510	5	2014-03-17 00:00:00	2014-03-26 00:00:00	143.0415	11.4433	3.576	2014-03-26 00:00:00
2316	4	4	261	1526	2	2014-03-17 00:00:00	2014-03-26 00:00:00	28199.325	2255.946	704.9831	2014-03-26 00:00:00
2317	4	4	251	1644	1	2014-03-17 00:00:00	2014-03-26 00:00:00	3713.325	297.066	92.8331	2014-03-26 00:00:00
2318	4	4	253	1680	5	2014-03-17 00:00:00	2014-03-26 00:00:00	63831.075	5106.486	1595.7769	2014-03-26 00:00:00
2319	4	4	255	1584	5	2014-03-17 00:00:00	2014-03-26 00:00:00	6754.86	540.3888	168.8715	2014-03-26 00:00:00
2320	4	4	256	1620	5	2014-03-17 00:00:00	2014-03-26 00:00:00	5711.475	456.918	142.7869	2014-03-26 00:00:00
2321	4	4	259	1666	4	2014-03-17 00:00:00	2014-03-26 00:00:00	503.0865	40.2469	12.5772	2014-03-26 00:00:00
2322	4	4	250	1592	2	2014-03-17 00:00:00	2014-03-26 00:00:00	97.965	7.8372	2.4491	2014-03-26 00:00:00
2323	4	4	258	1618	4	2014-03-17 00:00:00	2014-03-26 00:00:00	114.471	9.1577	2.8618	2014-03-26 00:00:00
2324	4	4	254	1612	4	2014-03-17 00:00:00	2014-03-26 00:00:00	132.6465	10.6117	3.3162	2014-03-26 00:00:00
2325	4	4	257	1586	5	2014-03-17 00:00:00	2014-03-26 00:00:00	43878.45	3510.276	1096.9613	2014-03-26 00:00:00
2326	4	4	261	1500	1	2014-03-17 00:00:00	2014-03-26 00:00:00	418.95	33.516	10.4738	2014-03-26 00:00:00
2327	4	4	251	1656	4	2014-03-17 00:00:00	2014-03-26 00:00:00	824.355	65.9484	20.6089	2014-03-26 00:00:00
2328	4	4	253	1572	1	2014-03-17 00:00:00	2014-03-26 00:00:00	461.79	36.9432	11.5448	2014-03-26 00:00:00
2329	4	4	255	1562	4	2014-03-19 00:00:00	2014-03-28 00:00:00	630.378	50.4302	15.7595	2014-03-28 00:00:00
2330	4	4	256	1662	2	2014-03-19 00:00:00	2014-03-28 00:00:00	37.0755	2.966	0.9269	2014-03-28 00:00:00
2331	4	4	259	1682	4	2014-03-19 00:00:00	2014-03-28 00:00:00	21558.075	1724.646	538.9519	2014-03-28 00:00:00
2332	4	4	260	1686	4	2014-03-19 00:00:00	2014-03-28 00:00:00	234.6435	18.7715	5.8661	2014-03-28 00:00:00
2333	5	4	250	1684	4	2014-03-19 00:00:00	2014-03-28 00:00:00	45172.05	3613.764	1129.3013	2014-03-28 00:00:00
2334	4	4	254	1534	5	2014-03-19 00:00:00	2014-03-28 00:00:00	279.783	22.3826	6.9946	2014-03-28 00:00:00
2335	4	4	257	1614	5	2014-03-19 00:00:00	2014-03-28 00:00:00	1228.5	98.28	30.7125	2014-03-28 00:00:00
2336	4	4	261	1588	5	2014-03-19 00:00:00	2014-03-28 00:00:00	40471.2	3237.696	1011.78	2014-03-28 00:00:00
2337	4	4	251	1622	5	2014-03-19 00:00:00	2014-03-28 00:00:00	836.01	66.8808	20.9003	2014-03-28 00:00:00
2338	5	4	253	1632	5	2014-03-19 00:00:00	2014-03-28 00:00:00	62092.8	4967.424	1552.32	2014-03-28 00:00:00
2339	4	4	255	1608	5	2014-03-19 00:00:00	2014-03-28 00:00:00	5948.25	475.86	148.7063	2014-03-28 00:00:00
2340	4	4	256	1576	5	2014-03-19 00:00:00	2014-03-28 00:00:00	91117.95	7289.436	2277.9488	2014-03-28 00:00:00
2341	4	4	259	1590	1	2014-03-19 00:00:00	2014-03-28 00:00:00	525	42	13.125	2014-03-28 00:00:00
2342	4	4	260	1514	5	2014-03-19 00:00:00	2014-03-28 00:00:00	281.8935	22.5515	7.0473	2014-03-28 00:00:00
2343	4	4	258	1498	4	2014-03-19 00:00:00	2014-03-28 00:00:00	26455.275	2116.422	661.3819	2014-03-28 00:00:00
2344	4	4	254	1674	2	2014-03-19 00:00:00	2014-03-28 00:00:00	944.37	75.5496	23.6093	2014-03-28 00:00:00
2345	4	4	257	1652	4	2014-03-20 00:00:00	2014-03-29 00:00:00	51588.075	4127.046	1289.7019	2014-03-29 00:00:00
2346	4	4	261	1578	3	2014-03-20 00:00:00	2014-03-29 00:00:00	62843.55	5027.484	1571.0888	2014-03-29 00:00:00
2347	4	4	251	1538	5	2014-03-20 00:00:00	2014-03-29 00:00:00	37843.575	3027.486	946.0894	2014-03-29 00:00:00
2348	4	4	253	1556	4	2014-03-20 00:00:00	2014-03-29 00:00:00	25531.275	2042.502	638.2819	2014-03-29 00:00:00
2349	4	4	255	1554	4	2014-03-20 00:00:00	2014-03-29 00:00:00	234.9585	18.7967	5.874	2014-03-29 00:00:00
2350	4	4	256	1688	4	2014-03-20 00:00:00	2014-03-29 00:00:00	125.748	10.0598	3.1437	2014-03-29 00:00:00
2351	4	4	252	1580	5	2014-03-20 00:00:00	2014-03-29 00:00:00	150.7905	12.0632	3.7698	2014-03-29 00:00:00
2352	4	4	260	1496	5	2014-03-20 00:00:00	2014-03-29 00:00:00	273.7035	21.8963	6.8426	2014-03-29 00:00:00
2353	4	4	258	1494	2	2014-03-20 00:00:00	2014-03-29 00:00:00	8847.3	707.784	221.1825	2014-03-29 00:00:00
2354	4	4	254	1650	5	2014-03-20 00:00:00	2014-03-29 00:00:00	171.0765	13.6861	4.2769	2014-03-29 00:00:00
2355	4	4	257	1654	4	2014-03-20 00:00:00	2014-03-29 00:00:00	20397.3	1631.784	509.9325	2014-03-29 00:00:00
2356	4	4	261	1664	3	2014-03-20 00:00:00	2014-03-29 00:00:00	14628.075	1170.246	365.7019	2014-03-29 00:00:00
2357	4	4	250	1678	3	2014-03-20 00:00:00	2014-03-29 00:00:00	58685.55	4694.844	1467.1388	2014-03-29 00:00:00
2358	4	4	253	1616	5	2014-03-20 00:00:00	2014-03-29 00:00:00	693.378	55.4702	17.3345	2014-03-29 00:00:00
2359	4	4	255	1492	4	2014-03-20 00:00:00	2014-03-29 00:00:00	234.9585	18.7967	5.874	2014-03-29 00:00:00
2360	4	4	256	1602	5	2014-03-20 00:00:00	2014-03-29 00:00:00	1796.0355	143.6828	44.9009	2014-03-29 00:00:00
2361	4	4	259	1540	4	2014-03-21 00:00:00	2014-03-30 00:00:00	514.7415	41.1793	12.8685	2014-03-30 00:00:00
2362	4	4	260	1628	5	2014-03-21 00:00:00	2014-03-30 00:00:00	34644.225	2771.538	866.1056	2014-03-30 00:00:00
2363	4	4	258	1604	3	2014-03-21 00:00:00	2014-03-30 00:00:00	1581.93	126.5544	39.5483	2014-03-30 00:00:00
2364	4	4	254	1690	5	2014-03-21 00:00:00	2014-03-30 00:00:00	146.286	11.7029	3.6572	2014-03-30 00:00:00
2365	4	4	252	1566	5	2014-03-21 00:00:00	2014-03-30 00:00:00	102.564	8.2051	2.5641	2014-03-30 00:00:00
2366	4	4	261	1698	5	2014-03-21 00:00:00	2014-03-30 00:00:00	150.7905	12.0632	3.7698	2014-03-30 00:00:00
2367	4	4	251	1560	5	2014-03-21 00:00:00	2014-03-30 00:00:00	13669.425	1093.554	341.7356	2014-03-30 00:00:00
2368	4	4	253	1692	5	2014-03-21 00:00:00	2014-03-30 00:00:00	16393.23	1311.4584	409.8308	2014-03-30 00:00:00
2369	4	4	255	1696	2	2014-03-21 00:00:00	2014-03-30 00:00:00	79204.125	6336.33	1980.1031	2014-03-30 00:00:00
2370	4	4	256	1504	1	2014-03-21 00:00:00	2014-03-30 00:00:00	551.88	44.1504	13.797	2014-03-30 00:00:00
2371	4	4	259	1544	1	2014-03-21 00:00:00	2014-03-30 00:00:00	3176.25	254.1	79.4063	2014-03-30 00:00:00
2372	4	4	260	1530	2	2014-03-21 00:00:00	2014-03-30 00:00:00	28072.275	2245.782	701.8069	2014-03-30 00:00:00
2373	4	4	258	1508	1	2014-03-21 00:00:00	2014-03-30 00:00:00	1917.3	153.384	47.9325	2014-03-30 00:00:00
2374	4	4	254	1694	1	2014-03-21 00:00:00	2014-03-30 00:00:00	4215.75	337.26	105.3938	2014-03-30 00:00:00
2375	4	4	257	1624	2	2014-03-21 00:00:00	2014-03-30 00:00:00	28297.5	2263.8	707.4375	2014-03-30 00:00:00
2376	4	4	261	1548	2	2014-03-21 00:00:00	2014-03-30 00:00:00	59.9445	4.7956	1.4986	2014-03-30 00:00:00
2377	4	4	251	1598	4	2014-03-24 00:00:00	2014-04-02 00:00:00	722.61	57.8088	18.0653	2014-04-02 00:00:00
2378	4	4	253	1658	5	2014-03-24 00:00:00	2014-04-02 00:00:00	43878.45	3510.276	1096.9613	2014-04-02 00:00:00
2379	4	4	255	1536	4	2014-03-24 00:00:00	2014-04-02 00:00:00	592.7985	47.4239	14.82	2014-04-02 00:00:00
2380	4	4	256	1568	1	2014-03-24 00:00:00	2014-04-02 00:00:00	13825.35	1106.028	345.6338	2014-04-02 00:00:00
2381	4	4	259	1648	5	2014-03-24 00:00:00	2014-04-02 00:00:00	142.4115	11.3929	3.5603	2014-04-02 00:00:00
2382	5	4	260	1646	2	2014-03-24 00:00:00	2014-04-02 00:00:00	28794.15	2303.532	719.8538	2014-04-02 00:00:00
2383	4	4	258	1672	4	2014-03-24 00:00:00	2014-04-02 00:00:00	408.555	32.6844	10.2139	2014-04-02 00:00:00
2384	4	4	254	1600	1	2014-03-24 00:00:00	2014-04-02 00:00:00	1276.275	102.102	31.9069	2014-04-02 00:00:00
2385	4	4	257	1522	1	2014-03-24 00:00:00	2014-04-02 00:00:00	2003.925	160.314	50.0981	2014-04-02 00:00:00
2386	4	4	261	1570	2	2014-03-24 00:00:00	2014-04-02 00:00:00	50860.425	4068.834	1271.5106	2014-04-02 00:00:00
2387	4	4	251	1516	1	2014-03-24 00:00:00	2014-04-02 00:00:00	454.86	36.3888	11.3715	2014-04-02 00:00:00
2388	4	4	253	1506	5	2014-03-24 00:00:00	2014-04-02 00:00:00	43878.45	3510.276	1096.9613	2014-04-02 00:00:00
2389	4	4	252	1626	2	2014-03-24 00:00:00	2014-04-02 00:00:00	7132.125	570.57	178.3031	2014-04-02 00:00:00
2390	4	4	256	1542	2	2014-03-24 00:00:00	2014-04-02 00:00:00	28343.7	2267.496	708.5925	2014-04-02 00:00:00
2391	4	4	259	1610	4	2014-03-24 00:00:00	2014-04-02 00:00:00	22516.725	1801.338	562.9181	2014-04-02 00:00:00
2392	4	4	260	1638	5	2014-03-24 00:00:00	2014-04-02 00:00:00	34644.225	2771.538	866.1056	2014-04-02 00:00:00
2393	4	4	258	1582	5	2014-03-25 00:00:00	2014-04-03 00:00:00	415.3275	33.2262	10.3832	2014-04-03 00:00:00
2394	4	4	254	1510	5	2014-03-25 00:00:00	2014-04-03 00:00:00	143.0415	11.4433	3.576	2014-04-03 00:00:00
2395	4	4	257	1526	2	2014-03-25 00:00:00	2014-04-03 00:00:00	28199.325	2255.946	704.9831	2014-04-03 00:00:00
2396	4	4	261	1644	1	2014-03-25 00:00:00	2014-04-03 00:00:00	3713.325	297.066	92.8331	2014-04-03 00:00:00
2397	4	4	251	1680	5	2014-03-26 00:00:00	2014-04-04 00:00:00	63831.075	5106.486	1595.7769	2014-04-04 00:00:00
2398	4	4	253	1584	5	2014-03-26 00:00:00	2014-04-04 00:00:00	16340.31	1307.2248	408.5078	2014-04-04 00:00:00
2399	4	4	255	1620	5	2014-03-26 00:00:00	2014-04-04 00:00:00	5711.475	456.918	142.7869	2014-04-04 00:00:00
2400	4	4	252	1666	4	2014-03-26 00:00:00	2014-04-04 00:00:00	360.045	28.8036	9.0011	2014-04-04 00:00:00
2401	4	4	259	1592	2	2014-03-26 00:00:00	2014-04-04 00:00:00	97.965	7.8372	2.4491	2014-04-04 00:00:00
2402	4	4	260	1618	4	2014-03-26 00:00:00	2014-04-04 00:00:00	114.471	9.1577	2.8618	2014-04-04 00:00:00
2403	4	4	258	1612	4	2014-03-26 00:00:00	2014-04-04 00:00:00	132.6465	10.6117	3.3162	2014-04-04 00:00:00
2404	4	3	250	1586	5	2014-03-26 00:00:00	2014-04-04 00:00:00	43878.45	3510.276	1096.9613	2014-04-04 00:00:00
2405	4	4	257	1500	1	2014-03-26 00:00:00	2014-04-04 00:00:00	418.95	33.516	10.4738	2014-04-04 00:00:00
2406	4	4	261	1656	4	2014-03-26 00:00:00	2014-04-04 00:00:00	525.7665	42.0613	13.1442	2014-04-04 00:00:00
2407	4	4	251	1572	1	2014-03-26 00:00:00	2014-04-04 00:00:00	461.79	36.9432	11.5448	2014-04-04 00:00:00
2408	4	4	253	1562	4	2014-03-26 00:00:00	2014-04-04 00:00:00	481.887	38.551	12.0472	2014-04-04 00:00:00
2409	4	4	255	1662	2	2014-03-26 00:00:00	2014-04-04 00:00:00	37.0755	2.966	0.9269	2014-04-04 00:00:00
2410	4	4	256	1682	4	2014-03-26 00:00:00	2014-04-04 00:00:00	21558.075	1724.646	538.9519	2014-04-04 00:00:00
2411	4	4	259	1686	4	2014-03-26 00:00:00	2014-04-04 00:00:00	475.6815	38.0545	11.892	2014-04-04 00:00:00
2412	4	4	260	1684	5	2014-03-26 00:00:00	2014-04-04 00:00:00	41048.7	3283.896	1026.2175	2014-04-04 00:00:00
2413	4	4	258	1534	5	2014-03-27 00:00:00	2014-04-05 00:00:00	416.745	33.3396	10.4186	2014-04-05 00:00:00
2414	4	4	254	1614	5	2014-03-27 00:00:00	2014-04-05 00:00:00	279.153	22.3322	6.9788	2014-04-05 00:00:00
2415	4	4	257	1588	5	2014-03-27 00:00:00	2014-04-05 00:00:00	40471.2	3237.696	1011.78	2014-04-05 00:00:00
2416	4	4	261	1622	4	2014-03-27 00:00:00	2014-04-05 00:00:00	389.655	31.1724	9.7414	2014-04-05 00:00:00
2417	4	4	251	1632	5	2014-03-27 00:00:00	2014-04-05 00:00:00	62092.8	4967.424	1552.32	2014-04-05 00:00:00
2418	4	4	253	1608	5	2014-03-27 00:00:00	2014-04-05 00:00:00	5948.25	475.86	148.7063	2014-04-05 00:00:00
2419	4	4	255	1576	5	2014-03-27 00:00:00	2014-04-05 00:00:00	91117.95	7289.436	2277.9488	2014-04-05 00:00:00
2420	4	4	256	1590	1	2014-03-27 00:00:00	2014-04-05 00:00:00	525	42	13.125	2014-04-05 00:00:00
2421	6	4	259	1514	3	2014-03-27 00:00:00	2014-04-05 00:00:00	1721.79	137.7432	43.0448	2014-04-05 00:00:00
2422	4	4	250	1498	4	2014-03-27 00:00:00	2014-04-05 00:00:00	26455.275	2116.422	661.3819	2014-04-05 00:00:00
2423	4	4	258	1674	2	2014-03-27 00:00:00	2014-04-05 00:00:00	944.37	75.5496	23.6093	2014-04-05 00:00:00
2424	4	4	254	1652	4	2014-03-27 00:00:00	2014-04-05 00:00:00	44594.55	3567.564	1114.8638	2014-04-05 00:00:00
2425	4	4	257	1578	3	2014-03-27 00:00:00	2014-04-05 00:00:00	62843.55	5027.484	1571.0888	2014-04-05 00:00:00
2426	4	4	261	1538	5	2014-03-27 00:00:00	2014-04-05 00:00:00	37843.575	3027.486	946.0894	2014-04-05 00:00:00
2427	4	4	251	1556	4	2014-03-27 00:00:00	2014-04-05 00:00:00	25531.275	2042.502	638.2819	2014-04-05 00:00:00
2428	4	4	253	1554	5	2014-03-27 00:00:00	2014-04-05 00:00:00	694.1655	55.5332	17.3541	2014-04-05 00:00:00
2429	4	4	255	1688	4	2014-03-28 00:00:00	2014-04-06 00:00:00	125.748	10.0598	3.1437	2014-04-06 00:00:00
2430	4	4	256	1580	5	2014-03-28 00:00:00	2014-04-06 00:00:00	150.7905	12.0632	3.7698	2014-04-06 00:00:00
2431	4	4	259	1496	4	2014-03-28 00:00:00	2014-04-06 00:00:00	503.0865	40.2469	12.5772	2014-04-06 00:00:00
2432	4	4	260	1494	2	2014-03-28 00:00:00	2014-04-06 00:00:00	8847.3	707.784	221.1825	2014-04-06 00:00:00
2433	4	4	250	1650	5	2014-03-28 00:00:00	2014-04-06 00:00:00	171.0765	13.6861	4.2769	2014-04-06 00:00:00
2434	4	4	254	1654	4	2014-03-28 00:00:00	2014-04-06 00:00:00	20397.3	1631.784	509.9325	2014-04-06 00:00:00
2435	4	4	257	1664	3	2014-03-28 00:00:00	2014-04-06 00:00:00	14628.075	1170.246	365.7019	2014-04-06 00:00:00
2436	4	4	261	1678	3	2014-03-28 00:00:00	2014-04-06 00:00:00	58685.55	4694.844	1467.1388	2014-04-06 00:00:00
2437	4	4	251	1616	5	2014-03-28 00:00:00	2014-04-06 00:00:00	773.01	61.8408	19.3253	2014-04-06 00:00:00
2438	6	4	253	1492	5	2014-03-28 00:00:00	2014-04-06 00:00:00	694.1655	55.5332	17.3541	2014-04-06 00:00:00
2439	4	4	255	1602	5	2014-03-28 00:00:00	2014-04-06 00:00:00	1796.0355	143.6828	44.9009	2014-04-06 00:00:00
2440	4	4	256	1540	5	2014-03-28 00:00:00	2014-04-06 00:00:00	416.745	33.3396	10.4186	2014-04-06 00:00:00
2441	4	4	259	1628	5	2014-03-28 00:00:00	2014-04-06 00:00:00	34644.225	2771.538	866.1056	2014-04-06 00:00:00
2442	4	4	260	1604	4	2014-03-28 00:00:00	2014-04-06 00:00:00	257.5755	20.606	6.4394	2014-04-06 00:00:00
2443	4	4	258	1690	5	2014-03-28 00:00:00	2014-04-06 00:00:00	146.286	11.7029	3.6572	2014-04-06 00:00:00
2444	4	4	254	1566	5	2014-03-28 00:00:00	2014-04-06 00:00:00	102.564	8.2051	2.5641	2014-04-06 00:00:00
2445	4	4	257	1698	5	2014-03-31 00:00:00	2014-04-09 00:00:00	150.7905	12.0632	3.7698	2014-04-09 00:00:00
2446	4	4	261	1560	5	2014-03-31 00:00:00	2014-04-09 00:00:00	13669.425	1093.554	341.7356	2014-04-09 00:00:00
2447	4	4	251	1692	5	2014-03-31 00:00:00	2014-04-09 00:00:00	16393.23	1311.4584	409.8308	2014-04-09 00:00:00
2448	4	4	253	1696	4	2014-03-31 00:00:00	2014-04-09 00:00:00	22516.725	1801.338	562.9181	2014-04-09 00:00:00
2449	4	4	255	1504	1	2014-03-31 00:00:00	2014-04-09 00:00:00	551.88	44.1504	13.797	2014-04-09 00:00:00
2450	4	4	256	1544	1	2014-03-31 00:00:00	2014-04-09 00:00:00	6987.75	559.02	174.6938	2014-04-09 00:00:00
2451	4	4	252	1530	2	2014-03-31 00:00:00	2014-04-09 00:00:00	28072.275	2245.782	701.8069	2014-04-09 00:00:00
2452	4	4	260	1508	1	2014-03-31 00:00:00	2014-04-09 00:00:00	35394.975	2831.598	884.8744	2014-04-09 00:00:00
2453	4	4	258	1694	1	2014-03-31 00:00:00	2014-04-09 00:00:00	3407.25	272.58	85.1813	2014-04-09 00:00:00
2454	4	4	254	1624	2	2014-03-31 00:00:00	2014-04-09 00:00:00	28297.5	2263.8	707.4375	2014-04-09 00:00:00
2455	4	4	257	1548	2	2014-03-31 00:00:00	2014-04-09 00:00:00	59.9445	4.7956	1.4986	2014-04-09 00:00:00
2456	4	4	261	1598	4	2014-03-31 00:00:00	2014-04-09 00:00:00	332.955	26.6364	8.3239	2014-04-09 00:00:00
2457	4	4	250	1658	5	2014-03-31 00:00:00	2014-04-09 00:00:00	43878.45	3510.276	1096.9613	2014-04-09 00:00:00
2458	4	4	253	1536	4	2014-03-31 00:00:00	2014-04-09 00:00:00	544.572	43.5658	13.6143	2014-04-09 00:00:00
2459	4	4	255	1568	2	2014-03-31 00:00:00	2014-04-09 00:00:00	36405.6	2912.448	910.14	2014-04-09 00:00:00
2460	4	4	256	1648	5	2014-03-31 00:00:00	2014-04-09 00:00:00	142.4115	11.3929	3.5603	2014-04-09 00:00:00
2461	4	4	259	1646	5	2014-04-02 00:00:00	2014-04-11 00:00:00	19236.525	1538.922	480.9131	2014-04-11 00:00:00
2462	4	4	260	1672	4	2014-04-02 00:00:00	2014-04-11 00:00:00	253.323	20.2658	6.3331	2014-04-11 00:00:00
2463	4	4	258	1600	1	2014-04-02 00:00:00	2014-04-11 00:00:00	1276.275	102.102	31.9069	2014-04-11 00:00:00
2464	4	4	254	1522	1	2014-04-02 00:00:00	2014-04-11 00:00:00	2003.925	160.314	50.0981	2014-04-11 00:00:00
2465	4	4	252	1570	2	2014-04-02 00:00:00	2014-04-11 00:00:00	50860.425	4068.834	1271.5106	2014-04-11 00:00:00
2466	4	4	261	1516	1	2014-04-02 00:00:00	2014-04-11 00:00:00	454.86	36.3888	11.3715	2014-04-11 00:00:00
2467	4	4	251	1506	5	2014-04-02 00:00:00	2014-04-11 00:00:00	43878.45	3510.276	1096.9613	2014-04-11 00:00:00
2468	4	4	253	1626	2	2014-04-02 00:00:00	2014-04-11 00:00:00	7132.125	570.57	178.3031	2014-04-11 00:00:00
2469	4	4	255	1542	2	2014-04-02 00:00:00	2014-04-11 00:00:00	28343.7	2267.496	708.5925	2014-04-11 00:00:00
2470	4	4	256	1610	4	2014-04-02 00:00:00	2014-04-11 00:00:00	22516.725	1801.338	562.9181	2014-04-11 00:00:00
2471	4	4	259	1638	5	2014-04-02 00:00:00	2014-04-11 00:00:00	34644.225	2771.538	866.1056	2014-04-11 00:00:00
2472	4	4	260	1582	5	2014-04-02 00:00:00	2014-04-11 00:00:00	272.7585	21.8207	6.819	2014-04-11 00:00:00
2473	4	4	258	1510	5	2014-04-02 00:00:00	2014-04-11 00:00:00	143.0415	11.4433	3.576	2014-04-11 00:00:00
2474	4	4	254	1526	2	2014-04-02 00:00:00	2014-04-11 00:00:00	28199.325	2255.946	704.9831	2014-04-11 00:00:00
2475	4	4	257	1644	1	2014-04-02 00:00:00	2014-04-11 00:00:00	3713.325	297.066	92.8331	2014-04-11 00:00:00
2476	4	4	261	1680	5	2014-04-02 00:00:00	2014-04-11 00:00:00	63831.075	5106.486	1595.7769	2014-04-11 00:00:00
2477	4	4	251	1584	5	2014-04-03 00:00:00	2014-04-12 00:00:00	16340.31	1307.2248	408.5078	2014-04-12 00:00:00
2478	4	4	253	1620	5	2014-04-03 00:00:00	2014-04-12 00:00:00	5711.475	456.918	142.7869	2014-04-12 00:00:00
2479	4	4	255	1666	4	2014-04-03 00:00:00	2014-04-12 00:00:00	235.9035	18.8723	5.8976	2014-04-12 00:00:00
2480	5	4	256	1592	2	2014-04-03 00:00:00	2014-04-12 00:00:00	97.965	7.8372	2.4491	2014-04-12 00:00:00
2481	4	4	259	1618	4	2014-04-03 00:00:00	2014-04-12 00:00:00	114.471	9.1577	2.8618	2014-04-12 00:00:00
2482	4	4	260	1612	4	2014-04-03 00:00:00	2014-04-12 00:00:00	132.6465	10.6117	3.3162	2014-04-12 00:00:00
2483	4	4	258	1586	5	2014-04-03 00:00:00	2014-04-12 00:00:00	43878.45	3510.276	1096.9613	2014-04-12 00:00:00
2484	4	4	254	1500	1	2014-04-03 00:00:00	2014-04-12 00:00:00	418.95	33.516	10.4738	2014-04-12 00:00:00
2485	4	4	257	1656	4	2014-04-03 00:00:00	2014-04-12 00:00:00	3413.2455	273.0596	85.3311	2014-04-12 00:00:00
2486	4	4	261	1572	1	2014-04-03 00:00:00	2014-04-12 00:00:00	461.79	36.9432	11.5448	2014-04-12 00:00:00
2487	4	4	251	1562	4	2014-04-03 00:00:00	2014-04-12 00:00:00	760.41	60.8328	19.0103	2014-04-12 00:00:00
2488	4	4	253	1662	2	2014-04-03 00:00:00	2014-04-12 00:00:00	37.0755	2.966	0.9269	2014-04-12 00:00:00
2489	4	4	252	1682	4	2014-04-03 00:00:00	2014-04-12 00:00:00	21558.075	1724.646	538.9519	2014-04-12 00:00:00
2490	4	4	256	1686	4	2014-04-03 00:00:00	2014-04-12 00:00:00	422.1	33.768	10.5525	2014-04-12 00:00:00
2491	4	4	259	1684	4	2014-04-03 00:00:00	2014-04-12 00:00:00	45172.05	3613.764	1129.3013	2014-04-12 00:00:00
2492	4	4	260	1534	5	2014-04-03 00:00:00	2014-04-12 00:00:00	273.7035	21.8963	6.8426	2014-04-12 00:00:00
2493	4	4	258	1614	5	2014-04-04 00:00:00	2014-04-13 00:00:00	415.8	33.264	10.395	2014-04-13 00:00:00
2494	4	4	254	1588	5	2014-04-04 00:00:00	2014-04-13 00:00:00	40471.2	3237.696	1011.78	2014-04-13 00:00:00
2495	4	4	257	1622	5	2014-04-04 00:00:00	2014-04-13 00:00:00	1225.665	98.0532	30.6416	2014-04-13 00:00:00
2496	4	4	261	1632	5	2014-04-04 00:00:00	2014-04-13 00:00:00	62092.8	4967.424	1552.32	2014-04-13 00:00:00
2497	4	4	251	1608	5	2014-04-04 00:00:00	2014-04-13 00:00:00	5948.25	475.86	148.7063	2014-04-13 00:00:00
2498	4	4	253	1576	5	2014-04-04 00:00:00	2014-04-13 00:00:00	91117.95	7289.436	2277.9488	2014-04-13 00:00:00
2499	4	4	255	1590	1	2014-04-04 00:00:00	2014-04-13 00:00:00	525	42	13.125	2014-04-13 00:00:00
2500	4	4	252	1514	5	2014-04-04 00:00:00	2014-04-13 00:00:00	2003.6835	160.2947	50.0921	2014-04-13 00:00:00
2501	4	4	259	1498	4	2014-04-04 00:00:00	2014-04-13 00:00:00	26455.275	2116.422	661.3819	2014-04-13 00:00:00
2502	4	4	260	1674	2	2014-04-04 00:00:00	2014-04-13 00:00:00	944.37	75.5496	23.6093	2014-04-13 00:00:00
2503	4	4	258	1652	1	2014-04-04 00:00:00	2014-04-13 00:00:00	6993.525	559.482	174.8381	2014-04-13 00:00:00
2504	4	3	250	1578	3	2014-04-04 00:00:00	2014-04-13 00:00:00	36122.625	2889.81	903.0656	2014-04-13 00:00:00
2505	4	4	257	1538	5	2014-04-04 00:00:00	2014-04-13 00:00:00	37843.575	3027.486	946.0894	2014-04-13 00:00:00
2506	4	4	261	1556	4	2014-04-04 00:00:00	2014-04-13 00:00:00	25531.275	2042.502	638.2819	2014-04-13 00:00:00
2507	4	4	251	1554	5	2014-04-04 00:00:00	2014-04-13 00:00:00	773.955	61.9164	19.3489	2014-04-13 00:00:00
2508	4	4	253	1688	4	2014-04-04 00:00:00	2014-04-13 00:00:00	125.748	10.0598	3.1437	2014-04-13 00:00:00
2509	4	4	255	1580	5	2014-04-07 00:00:00	2014-04-16 00:00:00	150.7905	12.0632	3.7698	2014-04-16 00:00:00
2510	4	4	256	1496	4	2014-04-07 00:00:00	2014-04-16 00:00:00	360.045	28.8036	9.0011	2014-04-16 00:00:00
2511	4	4	259	1494	2	2014-04-07 00:00:00	2014-04-16 00:00:00	8847.3	707.784	221.1825	2014-04-16 00:00:00
2512	4	4	260	1650	5	2014-04-07 00:00:00	2014-04-16 00:00:00	171.0765	13.6861	4.2769	2014-04-16 00:00:00
2513	4	4	258	1654	4	2014-04-07 00:00:00	2014-04-16 00:00:00	20397.3	1631.784	509.9325	2014-04-16 00:00:00
2514	4	4	254	1664	3	2014-04-07 00:00:00	2014-04-16 00:00:00	14628.075	1170.246	365.7019	2014-04-16 00:00:00
2515	4	4	257	1678	3	2014-04-07 00:00:00	2014-04-16 00:00:00	58685.55	4694.844	1467.1388	2014-04-16 00:00:00
2516	4	4	261	1616	4	2014-04-07 00:00:00	2014-04-16 00:00:00	481.887	38.551	12.0472	2014-04-16 00:00:00
2517	4	4	251	1492	5	2014-04-07 00:00:00	2014-04-16 00:00:00	773.955	61.9164	19.3489	2014-04-16 00:00:00
2518	4	4	253	1602	5	2014-04-07 00:00:00	2014-04-16 00:00:00	1796.0355	143.6828	44.9009	2014-04-16 00:00:00
2519	4	4	255	1540	5	2014-04-07 00:00:00	2014-04-16 00:00:00	658.9485	52.7159	16.4737	2014-04-16 00:00:00
2520	4	4	256	1628	5	2014-04-07 00:00:00	2014-04-16 00:00:00	34644.225	2771.538	866.1056	2014-04-16 00:00:00
2521	4	4	259	1604	3	2014-04-07 00:00:00	2014-04-16 00:00:00	1581.93	126.5544	39.5483	2014-04-16 00:00:00
2522	4	4	250	1690	5	2014-04-07 00:00:00	2014-04-16 00:00:00	146.286	11.7029	3.6572	2014-04-16 00:00:00
2523	4	4	258	1566	5	2014-04-07 00:00:00	2014-04-16 00:00:00	102.564	8.2051	2.5641	2014-04-16 00:00:00
2524	4	4	254	1698	5	2014-04-07 00:00:00	2014-04-16 00:00:00	150.7905	12.0632	3.7698	2014-04-16 00:00:00
2525	4	4	257	1560	5	2014-04-08 00:00:00	2014-04-17 00:00:00	13669.425	1093.554	341.7356	2014-04-17 00:00:00
2526	4	4	261	1692	5	2014-04-08 00:00:00	2014-04-17 00:00:00	13458.69	1076.6952	336.4673	2014-04-17 00:00:00
2527	4	4	251	1696	2	2014-04-08 00:00:00	2014-04-17 00:00:00	101720.85	8137.668	2543.0213	2014-04-17 00:00:00
2528	4	4	253	1504	1	2014-04-08 00:00:00	2014-04-17 00:00:00	551.88	44.1504	13.797	2014-04-17 00:00:00
2529	4	4	255	1544	1	2014-04-08 00:00:00	2014-04-17 00:00:00	6987.75	559.02	174.6938	2014-04-17 00:00:00
2530	4	4	256	1530	2	2014-04-08 00:00:00	2014-04-17 00:00:00	28072.275	2245.782	701.8069	2014-04-17 00:00:00
2531	4	4	259	1508	1	2014-04-08 00:00:00	2014-04-17 00:00:00	1917.3	153.384	47.9325	2014-04-17 00:00:00
2532	4	4	260	1694	1	2014-04-08 00:00:00	2014-04-17 00:00:00	4215.75	337.26	105.3938	2014-04-17 00:00:00
2533	4	4	250	1624	2	2014-04-08 00:00:00	2014-04-17 00:00:00	28297.5	2263.8	707.4375	2014-04-17 00:00:00
2534	4	4	254	1548	2	2014-04-08 00:00:00	2014-04-17 00:00:00	59.9445	4.7956	1.4986	2014-04-17 00:00:00
2535	4	4	257	1598	4	2014-04-08 00:00:00	2014-04-17 00:00:00	1055.565	84.4452	26.3891	2014-04-17 00:00:00
2536	4	4	261	1658	5	2014-04-08 00:00:00	2014-04-17 00:00:00	43878.45	3510.276	1096.9613	2014-04-17 00:00:00
2537	4	4	251	1536	4	2014-04-08 00:00:00	2014-04-17 00:00:00	722.4525	57.7962	18.0613	2014-04-17 00:00:00
2538	4	4	253	1568	2	2014-04-08 00:00:00	2014-04-17 00:00:00	24318.525	1945.482	607.9631	2014-04-17 00:00:00
2539	5	4	255	1648	5	2014-04-08 00:00:00	2014-04-17 00:00:00	142.4115	11.3929	3.5603	2014-04-17 00:00:00
2540	5	4	256	1646	2	2014-04-08 00:00:00	2014-04-17 00:00:00	48030.675	3842.454	1200.7669	2014-04-17 00:00:00
2541	4	4	259	1672	2	2014-04-09 00:00:00	2014-04-18 00:00:00	50860.425	4068.834	1271.5106	2014-04-18 00:00:00
2542	4	4	260	1600	1	2014-04-09 00:00:00	2014-04-18 00:00:00	1276.275	102.102	31.9069	2014-04-18 00:00:00
2543	4	4	258	1522	1	2014-04-09 00:00:00	2014-04-18 00:00:00	2003.925	160.314	50.0981	2014-04-18 00:00:00
2544	4	4	254	1570	2	2014-04-09 00:00:00	2014-04-18 00:00:00	28343.7	2267.496	708.5925	2014-04-18 00:00:00
2545	4	4	257	1516	1	2014-04-09 00:00:00	2014-04-18 00:00:00	454.86	36.3888	11.3715	2014-04-18 00:00:00
2546	4	4	261	1506	5	2014-04-09 00:00:00	2014-04-18 00:00:00	43878.45	3510.276	1096.9613	2014-04-18 00:00:00
2547	4	4	251	1626	2	2014-04-09 00:00:00	2014-04-18 00:00:00	7132.125	570.57	178.3031	2014-04-18 00:00:00
2548	4	4	253	1542	2	2014-04-09 00:00:00	2014-04-18 00:00:00	28343.7	2267.496	708.5925	2014-04-18 00:00:00
2549	4	4	255	1610	4	2014-04-09 00:00:00	2014-04-18 00:00:00	22516.725	1801.338	562.9181	2014-04-18 00:00:00
2550	4	4	256	1638	5	2014-04-09 00:00:00	2014-04-18 00:00:00	34644.225	2771.538	866.1056	2014-04-18 00:00:00
2551	4	4	252	1582	4	2014-04-09 00:00:00	2014-04-18 00:00:00	501.1965	40.0957	12.5299	2014-04-18 00:00:00
2552	4	4	260	1510	5	2014-04-09 00:00:00	2014-04-18 00:00:00	143.0415	11.4433	3.576	2014-04-18 00:00:00
2553	4	4	258	1526	2	2014-04-09 00:00:00	2014-04-18 00:00:00	28199.325	2255.946	704.9831	2014-04-18 00:00:00
2554	4	4	254	1644	1	2014-04-09 00:00:00	2014-04-18 00:00:00	3713.325	297.066	92.8331	2014-04-18 00:00:00
2555	4	4	257	1680	5	2014-04-09 00:00:00	2014-04-18 00:00:00	63831.075	5106.486	1595.7769	2014-04-18 00:00:00
2556	4	4	261	1584	5	2014-04-09 00:00:00	2014-04-18 00:00:00	13361.04	1068.8832	334.026	2014-04-18 00:00:00
2557	4	4	250	1620	5	2014-04-10 00:00:00	2014-04-19 00:00:00	5711.475	456.918	142.7869	2014-04-19 00:00:00
2558	4	4	253	1666	5	2014-04-10 00:00:00	2014-04-19 00:00:00	696.528	55.7222	17.4132	2014-04-19 00:00:00
2559	4	4	255	1592	2	2014-04-10 00:00:00	2014-04-19 00:00:00	97.965	7.8372	2.4491	2014-04-19 00:00:00
2560	4	4	256	1618	4	2014-04-10 00:00:00	2014-04-19 00:00:00	114.471	9.1577	2.8618	2014-04-19 00:00:00
2561	4	4	259	1612	4	2014-04-10 00:00:00	2014-04-19 00:00:00	132.6465	10.6117	3.3162	2014-04-19 00:00:00
2562	4	4	260	1586	5	2014-04-10 00:00:00	2014-04-19 00:00:00	43878.45	3510.276	1096.9613	2014-04-19 00:00:00
2563	4	4	258	1500	1	2014-04-10 00:00:00	2014-04-19 00:00:00	418.95	33.516	10.4738	2014-04-19 00:00:00
2564	5	4	254	1656	4	2014-04-10 00:00:00	2014-04-19 00:00:00	272.4435	21.7955	6.8111	2014-04-19 00:00:00
2565	4	4	252	1572	1	2014-04-10 00:00:00	2014-04-19 00:00:00	461.79	36.9432	11.5448	2014-04-19 00:00:00
2566	4	4	261	1562	4	2014-04-10 00:00:00	2014-04-19 00:00:00	462.7665	37.0213	11.5692	2014-04-19 00:00:00
2567	4	4	251	1662	2	2014-04-10 00:00:00	2014-04-19 00:00:00	37.0755	2.966	0.9269	2014-04-19 00:00:00
2568	4	4	253	1682	4	2014-04-10 00:00:00	2014-04-19 00:00:00	21558.075	1724.646	538.9519	2014-04-19 00:00:00
2569	4	4	255	1686	4	2014-04-10 00:00:00	2014-04-19 00:00:00	663.6735	53.0939	16.5918	2014-04-19 00:00:00
2570	4	4	256	1684	5	2014-04-10 00:00:00	2014-04-19 00:00:00	65240.175	5219.214	1631.0044	2014-04-19 00:00:00
2571	4	4	259	1534	4	2014-04-10 00:00:00	2014-04-19 00:00:00	503.0865	40.2469	12.5772	2014-04-19 00:00:00
2572	4	4	260	1614	5	2014-04-10 00:00:00	2014-04-19 00:00:00	273.0735	21.8459	6.8268	2014-04-19 00:00:00
2573	4	4	258	1588	5	2014-04-11 00:00:00	2014-04-20 00:00:00	40471.2	3237.696	1011.78	2014-04-20 00:00:00
2574	4	4	254	1622	5	2014-04-11 00:00:00	2014-04-20 00:00:00	278.523	22.2818	6.9631	2014-04-20 00:00:00
2575	4	4	257	1632	5	2014-04-11 00:00:00	2014-04-20 00:00:00	62092.8	4967.424	1552.32	2014-04-20 00:00:00
2576	4	4	261	1608	5	2014-04-11 00:00:00	2014-04-20 00:00:00	5948.25	475.86	148.7063	2014-04-20 00:00:00
2577	4	4	251	1576	5	2014-04-11 00:00:00	2014-04-20 00:00:00	91117.95	7289.436	2277.9488	2014-04-20 00:00:00
2578	4	4	253	1590	1	2014-04-11 00:00:00	2014-04-20 00:00:00	525	42	13.125	2014-04-20 00:00:00
2579	4	4	255	1514	5	2014-04-11 00:00:00	2014-04-20 00:00:00	2003.6835	160.2947	50.0921	2014-04-20 00:00:00
2580	4	4	256	1498	4	2014-04-11 00:00:00	2014-04-20 00:00:00	26455.275	2116.422	661.3819	2014-04-20 00:00:00
2581	4	4	259	1674	2	2014-04-11 00:00:00	2014-04-20 00:00:00	944.37	75.5496	23.6093	2014-04-20 00:00:00
2582	4	4	260	1652	4	2014-04-11 00:00:00	2014-04-20 00:00:00	44594.55	3567.564	1114.8638	2014-04-20 00:00:00
2583	4	4	258	1578	5	2014-04-11 00:00:00	2014-04-20 00:00:00	26720.925	2137.674	668.0231	2014-04-20 00:00:00
2584	4	4	254	1538	5	2014-04-11 00:00:00	2014-04-20 00:00:00	37843.575	3027.486	946.0894	2014-04-20 00:00:00
2585	4	4	257	1556	4	2014-04-11 00:00:00	2014-04-20 00:00:00	25531.275	2042.502	638.2819	2014-04-20 00:00:00
2586	4	4	261	1554	4	2014-04-11 00:00:00	2014-04-20 00:00:00	482.517	38.6014	12.0629	2014-04-20 00:00:00
2587	4	4	251	1688	4	2014-04-11 00:00:00	2014-04-20 00:00:00	125.748	10.0598	3.1437	2014-04-20 00:00:00
2588	4	4	253	1580	5	2014-04-11 00:00:00	2014-04-20 00:00:00	150.7905	12.0632	3.7698	2014-04-20 00:00:00
2589	4	4	252	1496	4	2014-04-14 00:00:00	2014-04-23 00:00:00	235.9035	18.8723	5.8976	2014-04-23 00:00:00
2590	4	4	256	1494	2	2014-04-14 00:00:00	2014-04-23 00:00:00	8847.3	707.784	221.1825	2014-04-23 00:00:00
2591	4	4	259	1650	5	2014-04-14 00:00:00	2014-04-23 00:00:00	171.0765	13.6861	4.2769	2014-04-23 00:00:00
2592	4	4	260	1654	4	2014-04-14 00:00:00	2014-04-23 00:00:00	20397.3	1631.784	509.9325	2014-04-23 00:00:00
2593	4	4	258	1664	3	2014-04-14 00:00:00	2014-04-23 00:00:00	14628.075	1170.246	365.7019	2014-04-23 00:00:00
2594	4	4	254	1678	3	2014-04-14 00:00:00	2014-04-23 00:00:00	33350.625	2668.05	833.7656	2014-04-23 00:00:00
2595	4	4	257	1616	4	2014-04-14 00:00:00	2014-04-23 00:00:00	475.6815	38.0545	11.892	2014-04-23 00:00:00
2596	4	4	261	1492	4	2014-04-14 00:00:00	2014-04-23 00:00:00	482.517	38.6014	12.0629	2014-04-23 00:00:00
2597	4	4	251	1602	5	2014-04-14 00:00:00	2014-04-23 00:00:00	1796.0355	143.6828	44.9009	2014-04-23 00:00:00
2598	4	4	253	1540	4	2014-04-14 00:00:00	2014-04-23 00:00:00	602.2485	48.1799	15.0562	2014-04-23 00:00:00
2599	4	4	255	1628	5	2014-04-14 00:00:00	2014-04-23 00:00:00	34644.225	2771.538	866.1056	2014-04-23 00:00:00
2600	4	4	252	1604	4	2014-04-14 00:00:00	2014-04-23 00:00:00	1839.5055	147.1604	45.9876	2014-04-23 00:00:00
2601	4	4	259	1690	5	2014-04-14 00:00:00	2014-04-23 00:00:00	146.286	11.7029	3.6572	2014-04-23 00:00:00
2602	4	4	260	1566	5	2014-04-14 00:00:00	2014-04-23 00:00:00	102.564	8.2051	2.5641	2014-04-23 00:00:00
2603	5	4	258	1698	5	2014-04-14 00:00:00	2014-04-23 00:00:00	150.7905	12.0632	3.7698	2014-04-23 00:00:00
2604	4	3	250	1560	5	2014-04-14 00:00:00	2014-04-23 00:00:00	13669.425	1093.554	341.7356	2014-04-23 00:00:00
2605	4	4	257	1692	5	2014-04-15 00:00:00	2014-04-24 00:00:00	2934.54	234.7632	73.3635	2014-04-24 00:00:00
2606	4	4	261	1696	2	2014-04-15 00:00:00	2014-04-24 00:00:00	50860.425	4068.834	1271.5106	2014-04-24 00:00:00
2607	4	4	251	1504	1	2014-04-15 00:00:00	2014-04-24 00:00:00	551.88	44.1504	13.797	2014-04-24 00:00:00
2608	4	4	253	1544	1	2014-04-15 00:00:00	2014-04-24 00:00:00	6987.75	559.02	174.6938	2014-04-24 00:00:00
2609	4	4	255	1530	2	2014-04-15 00:00:00	2014-04-24 00:00:00	28072.275	2245.782	701.8069	2014-04-24 00:00:00
2610	4	4	256	1508	1	2014-04-15 00:00:00	2014-04-24 00:00:00	37312.275	2984.982	932.8069	2014-04-24 00:00:00
2611	4	4	259	1694	1	2014-04-15 00:00:00	2014-04-24 00:00:00	3407.25	272.58	85.1813	2014-04-24 00:00:00
2612	4	4	260	1624	2	2014-04-15 00:00:00	2014-04-24 00:00:00	28297.5	2263.8	707.4375	2014-04-24 00:00:00
2613	4	4	258	1548	2	2014-04-15 00:00:00	2014-04-24 00:00:00	59.9445	4.7956	1.4986	2014-04-24 00:00:00
2614	4	4	254	1598	4	2014-04-15 00:00:00	2014-04-24 00:00:00	240.723	19.2578	6.0181	2014-04-24 00:00:00
2615	4	4	257	1658	5	2014-04-15 00:00:00	2014-04-24 00:00:00	43878.45	3510.276	1096.9613	2014-04-24 00:00:00
2616	4	4	261	1536	5	2014-04-15 00:00:00	2014-04-24 00:00:00	544.7295	43.5784	13.6182	2014-04-24 00:00:00
2617	4	4	251	1568	1	2014-04-15 00:00:00	2014-04-24 00:00:00	18641.7	1491.336	466.0425	2014-04-24 00:00:00
2618	4	4	253	1648	5	2014-04-15 00:00:00	2014-04-24 00:00:00	142.4115	11.3929	3.5603	2014-04-24 00:00:00
2619	4	4	255	1646	2	2014-04-15 00:00:00	2014-04-24 00:00:00	48030.675	3842.454	1200.7669	2014-04-24 00:00:00
2620	4	4	256	1672	4	2014-04-15 00:00:00	2014-04-24 00:00:00	421.155	33.6924	10.5289	2014-04-24 00:00:00
2621	4	4	259	1600	1	2014-04-16 00:00:00	2014-04-25 00:00:00	1276.275	102.102	31.9069	2014-04-25 00:00:00
2622	7	4	250	1522	1	2014-04-16 00:00:00	2014-04-25 00:00:00	2003.925	160.314	50.0981	2014-04-25 00:00:00
2623	4	4	258	1570	4	2014-04-16 00:00:00	2014-04-25 00:00:00	22516.725	1801.338	562.9181	2014-04-25 00:00:00
2624	4	4	254	1516	1	2014-04-16 00:00:00	2014-04-25 00:00:00	454.86	36.3888	11.3715	2014-04-25 00:00:00
2625	4	4	257	1506	5	2014-04-16 00:00:00	2014-04-25 00:00:00	43878.45	3510.276	1096.9613	2014-04-25 00:00:00
2626	4	4	261	1626	2	2014-04-16 00:00:00	2014-04-25 00:00:00	7132.125	570.57	178.3031	2014-04-25 00:00:00
2627	4	4	251	1542	2	2014-04-16 00:00:00	2014-04-25 00:00:00	28343.7	2267.496	708.5925	2014-04-25 00:00:00
2628	4	4	253	1610	4	2014-04-16 00:00:00	2014-04-25 00:00:00	22516.725	1801.338	562.9181	2014-04-25 00:00:00
2629	4	4	255	1638	5	2014-04-16 00:00:00	2014-04-25 00:00:00	34644.225	2771.538	866.1056	2014-04-25 00:00:00
2630	4	4	256	1582	4	2014-04-16 00:00:00	2014-04-25 00:00:00	247.5585	19.8047	6.189	2014-04-25 00:00:00
2631	4	4	259	1510	5	2014-04-16 00:00:00	2014-04-25 00:00:00	143.0415	11.4433	3.576	2014-04-25 00:00:00
2632	4	4	260	1526	2	2014-04-16 00:00:00	2014-04-25 00:00:00	28199.325	2255.946	704.9831	2014-04-25 00:00:00
2633	4	4	250	1644	1	2014-04-16 00:00:00	2014-04-25 00:00:00	3713.325	297.066	92.8331	2014-04-25 00:00:00
2634	4	4	254	1680	5	2014-04-16 00:00:00	2014-04-25 00:00:00	43878.45	3510.276	1096.9613	2014-04-25 00:00:00
2635	4	4	257	1584	5	2014-04-16 00:00:00	2014-04-25 00:00:00	2979.27	238.3416	74.4818	2014-04-25 00:00:00
2636	4	4	261	1620	5	2014-04-16 00:00:00	2014-04-25 00:00:00	5711.475	456.918	142.7869	2014-04-25 00:00:00
2637	4	4	251	1666	5	2014-04-17 00:00:00	2014-04-26 00:00:00	776.79	62.1432	19.4198	2014-04-26 00:00:00
2638	4	4	253	1592	2	2014-04-17 00:00:00	2014-04-26 00:00:00	97.965	7.8372	2.4491	2014-04-26 00:00:00
2639	4	4	255	1618	4	2014-04-17 00:00:00	2014-04-26 00:00:00	114.471	9.1577	2.8618	2014-04-26 00:00:00
2640	4	4	256	1612	4	2014-04-17 00:00:00	2014-04-26 00:00:00	132.6465	10.6117	3.3162	2014-04-26 00:00:00
2641	4	4	259	1586	5	2014-04-17 00:00:00	2014-04-26 00:00:00	43878.45	3510.276	1096.9613	2014-04-26 00:00:00
2642	4	4	260	1500	1	2014-04-17 00:00:00	2014-04-26 00:00:00	418.95	33.516	10.4738	2014-04-26 00:00:00
2643	4	4	258	1656	4	2014-04-17 00:00:00	2014-04-26 00:00:00	389.655	31.1724	9.7414	2014-04-26 00:00:00
2644	4	4	254	1572	1	2014-04-17 00:00:00	2014-04-26 00:00:00	461.79	36.9432	11.5448	2014-04-26 00:00:00
2645	4	4	257	1562	4	2014-04-17 00:00:00	2014-04-26 00:00:00	1656.837	132.547	41.4209	2014-04-26 00:00:00
2646	4	4	261	1662	2	2014-04-17 00:00:00	2014-04-26 00:00:00	37.0755	2.966	0.9269	2014-04-26 00:00:00
2647	4	4	251	1682	4	2014-04-17 00:00:00	2014-04-26 00:00:00	21558.075	1724.646	538.9519	2014-04-26 00:00:00
2648	4	4	253	1686	4	2014-04-17 00:00:00	2014-04-26 00:00:00	624.2985	49.9439	15.6075	2014-04-26 00:00:00
2649	4	4	255	1684	4	2014-04-17 00:00:00	2014-04-26 00:00:00	20980.575	1678.446	524.5144	2014-04-26 00:00:00
2650	4	4	256	1534	4	2014-04-17 00:00:00	2014-04-26 00:00:00	360.045	28.8036	9.0011	2014-04-26 00:00:00
2651	4	4	252	1614	4	2014-04-17 00:00:00	2014-04-26 00:00:00	260.4735	20.8379	6.5118	2014-04-26 00:00:00
2652	4	4	260	1588	5	2014-04-17 00:00:00	2014-04-26 00:00:00	40471.2	3237.696	1011.78	2014-04-26 00:00:00
2653	4	4	258	1622	5	2014-04-18 00:00:00	2014-04-27 00:00:00	414.855	33.1884	10.3714	2014-04-27 00:00:00
2654	4	4	254	1632	5	2014-04-18 00:00:00	2014-04-27 00:00:00	38421.075	3073.686	960.5269	2014-04-27 00:00:00
2655	4	4	257	1608	5	2014-04-18 00:00:00	2014-04-27 00:00:00	5948.25	475.86	148.7063	2014-04-27 00:00:00
2656	4	4	261	1576	5	2014-04-18 00:00:00	2014-04-27 00:00:00	91117.95	7289.436	2277.9488	2014-04-27 00:00:00
2657	4	4	250	1590	1	2014-04-18 00:00:00	2014-04-27 00:00:00	525	42	13.125	2014-04-27 00:00:00
2658	4	4	253	1514	5	2014-04-18 00:00:00	2014-04-27 00:00:00	2003.6835	160.2947	50.0921	2014-04-27 00:00:00
2659	4	4	255	1498	4	2014-04-18 00:00:00	2014-04-27 00:00:00	26455.275	2116.422	661.3819	2014-04-27 00:00:00
2660	4	4	256	1674	2	2014-04-18 00:00:00	2014-04-27 00:00:00	944.37	75.5496	23.6093	2014-04-27 00:00:00
2661	4	4	259	1652	1	2014-04-18 00:00:00	2014-04-27 00:00:00	6993.525	559.482	174.8381	2014-04-27 00:00:00
2662	4	4	260	1578	3	2014-04-18 00:00:00	2014-04-27 00:00:00	36122.625	2889.81	903.0656	2014-04-27 00:00:00
2663	4	4	258	1538	5	2014-04-18 00:00:00	2014-04-27 00:00:00	37843.575	3027.486	946.0894	2014-04-27 00:00:00
2664	4	4	254	1556	4	2014-04-18 00:00:00	2014-04-27 00:00:00	25531.275	2042.502	638.2819	2014-04-27 00:00:00
2665	4	4	252	1554	4	2014-04-18 00:00:00	2014-04-27 00:00:00	111.069	8.8855	2.7767	2014-04-27 00:00:00
2666	9	4	261	1688	4	2014-04-18 00:00:00	2014-04-27 00:00:00	125.748	10.0598	3.1437	2014-04-27 00:00:00
2667	4	4	251	1580	5	2014-04-18 00:00:00	2014-04-27 00:00:00	150.7905	12.0632	3.7698	2014-04-27 00:00:00
2668	4	4	253	1496	5	2014-04-18 00:00:00	2014-04-27 00:00:00	696.528	55.7222	17.4132	2014-04-27 00:00:00
2669	4	4	255	1494	2	2014-04-21 00:00:00	2014-04-30 00:00:00	8847.3	707.784	221.1825	2014-04-30 00:00:00
2670	4	4	256	1650	5	2014-04-21 00:00:00	2014-04-30 00:00:00	171.0765	13.6861	4.2769	2014-04-30 00:00:00
2671	4	4	259	1654	4	2014-04-21 00:00:00	2014-04-30 00:00:00	20397.3	1631.784	509.9325	2014-04-30 00:00:00
2672	4	4	260	1664	3	2014-04-21 00:00:00	2014-04-30 00:00:00	14628.075	1170.246	365.7019	2014-04-30 00:00:00
2673	4	4	258	1678	4	2014-04-21 00:00:00	2014-04-30 00:00:00	25334.925	2026.794	633.3731	2014-04-30 00:00:00
2674	4	4	254	1616	5	2014-04-21 00:00:00	2014-04-30 00:00:00	278.523	22.2818	6.9631	2014-04-30 00:00:00
2675	4	4	257	1492	4	2014-04-21 00:00:00	2014-04-30 00:00:00	111.069	8.8855	2.7767	2014-04-30 00:00:00
2676	4	4	261	1602	5	2014-04-21 00:00:00	2014-04-30 00:00:00	1796.0355	143.6828	44.9009	2014-04-30 00:00:00
2677	4	4	251	1540	4	2014-04-21 00:00:00	2014-04-30 00:00:00	748.755	59.9004	18.7189	2014-04-30 00:00:00
2678	4	4	253	1628	5	2014-04-21 00:00:00	2014-04-30 00:00:00	34644.225	2771.538	866.1056	2014-04-30 00:00:00
2679	4	4	255	1604	4	2014-04-21 00:00:00	2014-04-30 00:00:00	1839.5055	147.1604	45.9876	2014-04-30 00:00:00
2680	4	4	256	1690	5	2014-04-21 00:00:00	2014-04-30 00:00:00	146.286	11.7029	3.6572	2014-04-30 00:00:00
2681	4	4	259	1566	5	2014-04-21 00:00:00	2014-04-30 00:00:00	102.564	8.2051	2.5641	2014-04-30 00:00:00
2682	4	4	260	1698	5	2014-04-21 00:00:00	2014-04-30 00:00:00	150.7905	12.0632	3.7698	2014-04-30 00:00:00
2683	4	4	258	1560	5	2014-04-21 00:00:00	2014-04-30 00:00:00	13669.425	1093.554	341.7356	2014-04-30 00:00:00
2684	4	4	254	1692	5	2014-04-21 00:00:00	2014-04-30 00:00:00	6444.9	515.592	161.1225	2014-04-30 00:00:00
2685	4	4	257	1696	2	2014-04-22 00:00:00	2014-05-01 00:00:00	152581.275	12206.502	3814.5319	2014-05-01 00:00:00
2686	4	4	261	1504	1	2014-04-22 00:00:00	2014-05-01 00:00:00	551.88	44.1504	13.797	2014-05-01 00:00:00
2687	4	4	251	1544	1	2014-04-22 00:00:00	2014-05-01 00:00:00	6987.75	559.02	174.6938	2014-05-01 00:00:00
2688	5	4	253	1530	2	2014-04-22 00:00:00	2014-05-01 00:00:00	28072.275	2245.782	701.8069	2014-05-01 00:00:00
2689	4	4	252	1508	1	2014-04-22 00:00:00	2014-05-01 00:00:00	37312.275	2984.982	932.8069	2014-05-01 00:00:00
2690	4	4	256	1694	1	2014-04-22 00:00:00	2014-05-01 00:00:00	7623	609.84	190.575	2014-05-01 00:00:00
2691	4	4	259	1624	2	2014-04-22 00:00:00	2014-05-01 00:00:00	28297.5	2263.8	707.4375	2014-05-01 00:00:00
2692	4	4	260	1548	2	2014-04-22 00:00:00	2014-05-01 00:00:00	59.9445	4.7956	1.4986	2014-05-01 00:00:00
2693	4	4	258	1598	4	2014-04-22 00:00:00	2014-05-01 00:00:00	358.155	28.6524	8.9539	2014-05-01 00:00:00
2694	4	4	254	1658	5	2014-04-22 00:00:00	2014-05-01 00:00:00	43878.45	3510.276	1096.9613	2014-05-01 00:00:00
2695	4	4	257	1536	4	2014-04-22 00:00:00	2014-05-01 00:00:00	1637.937	131.035	40.9484	2014-05-01 00:00:00
2696	4	4	261	1568	2	2014-04-22 00:00:00	2014-05-01 00:00:00	29989.575	2399.166	749.7394	2014-05-01 00:00:00
2697	4	4	251	1648	5	2014-04-22 00:00:00	2014-05-01 00:00:00	142.4115	11.3929	3.5603	2014-05-01 00:00:00
2698	4	4	253	1646	2	2014-04-22 00:00:00	2014-05-01 00:00:00	48030.675	3842.454	1200.7669	2014-05-01 00:00:00
2699	4	4	255	1672	4	2014-04-22 00:00:00	2014-05-01 00:00:00	12127.7415	970.2193	303.1935	2014-05-01 00:00:00
2700	4	4	252	1600	1	2014-04-22 00:00:00	2014-05-01 00:00:00	1276.275	102.102	31.9069	2014-05-01 00:00:00
2701	4	4	259	1522	1	2014-04-23 00:00:00	2014-05-02 00:00:00	2003.925	160.314	50.0981	2014-05-02 00:00:00
2702	4	4	260	1570	2	2014-04-23 00:00:00	2014-05-02 00:00:00	28343.7	2267.496	708.5925	2014-05-02 00:00:00
2703	4	4	258	1516	1	2014-04-23 00:00:00	2014-05-02 00:00:00	454.86	36.3888	11.3715	2014-05-02 00:00:00
2704	4	3	250	1506	5	2014-04-23 00:00:00	2014-05-02 00:00:00	43878.45	3510.276	1096.9613	2014-05-02 00:00:00
2705	4	4	257	1626	2	2014-04-23 00:00:00	2014-05-02 00:00:00	7132.125	570.57	178.3031	2014-05-02 00:00:00
2706	5	4	261	1542	2	2014-04-23 00:00:00	2014-05-02 00:00:00	28343.7	2267.496	708.5925	2014-05-02 00:00:00
2707	4	4	251	1610	4	2014-04-23 00:00:00	2014-05-02 00:00:00	22516.725	1801.338	562.9181	2014-05-02 00:00:00
2708	4	4	253	1638	5	2014-04-23 00:00:00	2014-05-02 00:00:00	34644.225	2771.538	866.1056	2014-05-02 00:00:00
2709	4	4	255	1582	5	2014-04-23 00:00:00	2014-05-02 00:00:00	694.1655	55.5332	17.3541	2014-05-02 00:00:00
2710	4	4	256	1510	5	2014-04-23 00:00:00	2014-05-02 00:00:00	143.0415	11.4433	3.576	2014-05-02 00:00:00
2711	4	4	259	1526	2	2014-04-23 00:00:00	2014-05-02 00:00:00	28199.325	2255.946	704.9831	2014-05-02 00:00:00
2712	4	4	260	1644	1	2014-04-23 00:00:00	2014-05-02 00:00:00	3713.325	297.066	92.8331	2014-05-02 00:00:00
2713	4	4	258	1680	4	2014-04-23 00:00:00	2014-05-02 00:00:00	19952.625	1596.21	498.8156	2014-05-02 00:00:00
2714	4	4	254	1584	5	2014-04-23 00:00:00	2014-05-02 00:00:00	6540.66	523.2528	163.5165	2014-05-02 00:00:00
2715	4	4	257	1620	5	2014-04-23 00:00:00	2014-05-02 00:00:00	5711.475	456.918	142.7869	2014-05-02 00:00:00
2716	4	4	261	1666	4	2014-04-23 00:00:00	2014-05-02 00:00:00	484.407	38.7526	12.1102	2014-05-02 00:00:00
2717	4	4	251	1592	2	2014-04-24 00:00:00	2014-05-03 00:00:00	97.965	7.8372	2.4491	2014-05-03 00:00:00
2718	4	4	253	1618	4	2014-04-24 00:00:00	2014-05-03 00:00:00	114.471	9.1577	2.8618	2014-05-03 00:00:00
2719	4	4	255	1612	4	2014-04-24 00:00:00	2014-05-03 00:00:00	132.6465	10.6117	3.3162	2014-05-03 00:00:00
2720	4	4	256	1586	5	2014-04-24 00:00:00	2014-05-03 00:00:00	43878.45	3510.276	1096.9613	2014-05-03 00:00:00
2721	4	4	259	1500	1	2014-04-24 00:00:00	2014-05-03 00:00:00	418.95	33.516	10.4738	2014-05-03 00:00:00
2722	5	4	250	1656	4	2014-04-24 00:00:00	2014-05-03 00:00:00	240.723	19.2578	6.0181	2014-05-03 00:00:00
2723	4	4	258	1572	1	2014-04-24 00:00:00	2014-05-03 00:00:00	461.79	36.9432	11.5448	2014-05-03 00:00:00
2724	4	4	254	1562	4	2014-04-24 00:00:00	2014-05-03 00:00:00	253.323	20.2658	6.3331	2014-05-03 00:00:00
2725	4	4	257	1662	2	2014-04-24 00:00:00	2014-05-03 00:00:00	37.0755	2.966	0.9269	2014-05-03 00:00:00
2726	4	4	261	1682	4	2014-04-24 00:00:00	2014-05-03 00:00:00	21558.075	1724.646	538.9519	2014-05-03 00:00:00
2727	4	4	251	1686	4	2014-04-24 00:00:00	2014-05-03 00:00:00	710.325	56.826	17.7581	2014-05-03 00:00:00
2728	4	4	253	1684	5	2014-04-24 00:00:00	2014-05-03 00:00:00	86220.75	6897.66	2155.5188	2014-05-03 00:00:00
2729	4	4	255	1534	4	2014-04-24 00:00:00	2014-05-03 00:00:00	235.9035	18.8723	5.8976	2014-05-03 00:00:00
2730	4	4	256	1614	5	2014-04-24 00:00:00	2014-05-03 00:00:00	428.4	34.272	10.71	2014-05-03 00:00:00
2731	4	4	259	1588	5	2014-04-24 00:00:00	2014-05-03 00:00:00	40471.2	3237.696	1011.78	2014-05-03 00:00:00
2732	4	4	260	1622	5	2014-04-24 00:00:00	2014-05-03 00:00:00	272.4435	21.7955	6.8111	2014-05-03 00:00:00
2733	4	4	250	1632	4	2014-04-25 00:00:00	2014-05-04 00:00:00	23671.725	1893.738	591.7931	2014-05-04 00:00:00
2734	4	4	254	1608	5	2014-04-25 00:00:00	2014-05-04 00:00:00	5948.25	475.86	148.7063	2014-05-04 00:00:00
2735	4	4	257	1576	5	2014-04-25 00:00:00	2014-05-04 00:00:00	91117.95	7289.436	2277.9488	2014-05-04 00:00:00
2736	4	4	261	1590	1	2014-04-25 00:00:00	2014-05-04 00:00:00	525	42	13.125	2014-05-04 00:00:00
2737	4	4	251	1514	5	2014-04-25 00:00:00	2014-05-04 00:00:00	2003.6835	160.2947	50.0921	2014-05-04 00:00:00
2738	4	4	253	1498	4	2014-04-25 00:00:00	2014-05-04 00:00:00	26455.275	2116.422	661.3819	2014-05-04 00:00:00
2739	4	4	255	1674	2	2014-04-25 00:00:00	2014-05-04 00:00:00	944.37	75.5496	23.6093	2014-05-04 00:00:00
2740	4	4	256	1652	4	2014-04-25 00:00:00	2014-05-04 00:00:00	48186.6	3854.928	1204.665	2014-05-04 00:00:00
2741	4	4	259	1578	5	2014-04-25 00:00:00	2014-05-04 00:00:00	26720.925	2137.674	668.0231	2014-05-04 00:00:00
2742	4	4	260	1538	5	2014-04-25 00:00:00	2014-05-04 00:00:00	37843.575	3027.486	946.0894	2014-05-04 00:00:00
2743	4	4	258	1556	4	2014-04-25 00:00:00	2014-05-04 00:00:00	25531.275	2042.502	638.2819	2014-05-04 00:00:00
2744	4	4	254	1554	5	2014-04-25 00:00:00	2014-05-04 00:00:00	278.838	22.307	6.971	2014-05-04 00:00:00
2745	4	4	257	1688	4	2014-04-25 00:00:00	2014-05-04 00:00:00	125.748	10.0598	3.1437	2014-05-04 00:00:00
2746	4	4	261	1580	5	2014-04-25 00:00:00	2014-05-04 00:00:00	150.7905	12.0632	3.7698	2014-05-04 00:00:00
2747	4	4	251	1496	5	2014-04-25 00:00:00	2014-05-04 00:00:00	776.79	62.1432	19.4198	2014-05-04 00:00:00
2748	4	4	253	1494	2	2014-04-25 00:00:00	2014-05-04 00:00:00	8847.3	707.784	221.1825	2014-05-04 00:00:00
2749	4	4	255	1650	5	2014-04-28 00:00:00	2014-05-07 00:00:00	171.0765	13.6861	4.2769	2014-05-07 00:00:00
2750	4	4	256	1654	4	2014-04-28 00:00:00	2014-05-07 00:00:00	20397.3	1631.784	509.9325	2014-05-07 00:00:00
2751	4	4	252	1664	3	2014-04-28 00:00:00	2014-05-07 00:00:00	14628.075	1170.246	365.7019	2014-05-07 00:00:00
2752	4	4	260	1678	3	2014-04-28 00:00:00	2014-05-07 00:00:00	33350.625	2668.05	833.7656	2014-05-07 00:00:00
2753	4	4	258	1616	5	2014-04-28 00:00:00	2014-05-07 00:00:00	414.855	33.1884	10.3714	2014-05-07 00:00:00
2754	4	4	254	1492	5	2014-04-28 00:00:00	2014-05-07 00:00:00	278.838	22.307	6.971	2014-05-07 00:00:00
2755	4	4	257	1602	5	2014-04-28 00:00:00	2014-05-07 00:00:00	1796.0355	143.6828	44.9009	2014-05-07 00:00:00
2756	4	4	261	1540	4	2014-04-28 00:00:00	2014-05-07 00:00:00	489.069	39.1255	12.2267	2014-05-07 00:00:00
2757	4	4	250	1628	5	2014-04-28 00:00:00	2014-05-07 00:00:00	34644.225	2771.538	866.1056	2014-05-07 00:00:00
2758	4	4	253	1604	4	2014-04-28 00:00:00	2014-05-07 00:00:00	1839.5055	147.1604	45.9876	2014-05-07 00:00:00
2759	4	4	255	1690	5	2014-04-28 00:00:00	2014-05-07 00:00:00	146.286	11.7029	3.6572	2014-05-07 00:00:00
2760	4	4	256	1566	5	2014-04-28 00:00:00	2014-05-07 00:00:00	102.564	8.2051	2.5641	2014-05-07 00:00:00
2761	4	4	259	1698	5	2014-04-28 00:00:00	2014-05-07 00:00:00	150.7905	12.0632	3.7698	2014-05-07 00:00:00
2762	4	4	260	1560	5	2014-04-28 00:00:00	2014-05-07 00:00:00	13669.425	1093.554	341.7356	2014-05-07 00:00:00
2763	4	4	258	1692	5	2014-04-28 00:00:00	2014-05-07 00:00:00	9948.33	795.8664	248.7083	2014-05-07 00:00:00
2764	4	4	254	1696	2	2014-04-28 00:00:00	2014-05-07 00:00:00	28343.7	2267.496	708.5925	2014-05-07 00:00:00
2765	4	4	252	1504	1	2014-04-29 00:00:00	2014-05-08 00:00:00	551.88	44.1504	13.797	2014-05-08 00:00:00
2766	4	4	261	1544	1	2014-04-29 00:00:00	2014-05-08 00:00:00	6987.75	559.02	174.6938	2014-05-08 00:00:00
2767	4	4	251	1530	2	2014-04-29 00:00:00	2014-05-08 00:00:00	28072.275	2245.782	701.8069	2014-05-08 00:00:00
2768	4	4	253	1508	1	2014-04-29 00:00:00	2014-05-08 00:00:00	37312.275	2984.982	932.8069	2014-05-08 00:00:00
2769	4	4	255	1694	1	2014-04-29 00:00:00	2014-05-08 00:00:00	7623	609.84	190.575	2014-05-08 00:00:00
2770	4	4	256	1624	2	2014-04-29 00:00:00	2014-05-08 00:00:00	28297.5	2263.8	707.4375	2014-05-08 00:00:00
2771	4	4	259	1548	2	2014-04-29 00:00:00	2014-05-08 00:00:00	59.9445	4.7956	1.4986	2014-05-08 00:00:00
2772	4	4	260	1598	4	2014-04-29 00:00:00	2014-05-08 00:00:00	234.6435	18.7715	5.8661	2014-05-08 00:00:00
2773	4	4	258	1658	5	2014-04-29 00:00:00	2014-05-08 00:00:00	43878.45	3510.276	1096.9613	2014-05-08 00:00:00
2774	6	4	254	1536	4	2014-04-29 00:00:00	2014-05-08 00:00:00	247.2435	19.7795	6.1811	2014-05-08 00:00:00
2775	4	4	257	1568	2	2014-04-29 00:00:00	2014-05-08 00:00:00	49376.25	3950.1	1234.4063	2014-05-08 00:00:00
2776	4	4	261	1648	5	2014-04-29 00:00:00	2014-05-08 00:00:00	142.4115	11.3929	3.5603	2014-05-08 00:00:00
2777	4	4	251	1646	2	2014-04-29 00:00:00	2014-05-08 00:00:00	48030.675	3842.454	1200.7669	2014-05-08 00:00:00
2778	4	4	253	1672	5	2014-04-29 00:00:00	2014-05-08 00:00:00	39258.45	3140.676	981.4613	2014-05-08 00:00:00
2779	4	4	255	1600	1	2014-04-29 00:00:00	2014-05-08 00:00:00	1276.275	102.102	31.9069	2014-05-08 00:00:00
2780	4	4	256	1522	1	2014-04-29 00:00:00	2014-05-08 00:00:00	2003.925	160.314	50.0981	2014-05-08 00:00:00
2781	4	4	259	1570	4	2014-04-30 00:00:00	2014-05-09 00:00:00	22516.725	1801.338	562.9181	2014-05-09 00:00:00
2782	4	4	260	1516	1	2014-04-30 00:00:00	2014-05-09 00:00:00	454.86	36.3888	11.3715	2014-05-09 00:00:00
2783	4	4	258	1506	5	2014-04-30 00:00:00	2014-05-09 00:00:00	43878.45	3510.276	1096.9613	2014-05-09 00:00:00
2784	4	4	254	1626	2	2014-04-30 00:00:00	2014-05-09 00:00:00	7132.125	570.57	178.3031	2014-05-09 00:00:00
2785	5	4	257	1542	2	2014-04-30 00:00:00	2014-05-09 00:00:00	28343.7	2267.496	708.5925	2014-05-09 00:00:00
2786	4	4	261	1610	4	2014-04-30 00:00:00	2014-05-09 00:00:00	22516.725	1801.338	562.9181	2014-05-09 00:00:00
2787	4	4	251	1638	5	2014-04-30 00:00:00	2014-05-09 00:00:00	34644.225	2771.538	866.1056	2014-05-09 00:00:00
2788	4	4	253	1582	5	2014-04-30 00:00:00	2014-05-09 00:00:00	656.586	52.5269	16.4147	2014-05-09 00:00:00
2789	4	4	252	1510	5	2014-04-30 00:00:00	2014-05-09 00:00:00	143.0415	11.4433	3.576	2014-05-09 00:00:00
2790	4	4	256	1526	2	2014-04-30 00:00:00	2014-05-09 00:00:00	28199.325	2255.946	704.9831	2014-05-09 00:00:00
2791	4	4	259	1644	1	2014-04-30 00:00:00	2014-05-09 00:00:00	3713.325	297.066	92.8331	2014-05-09 00:00:00
2792	4	4	260	1680	5	2014-04-30 00:00:00	2014-05-09 00:00:00	43878.45	3510.276	1096.9613	2014-05-09 00:00:00
2793	4	4	258	1584	5	2014-04-30 00:00:00	2014-05-09 00:00:00	9799.65	783.972	244.9913	2014-05-09 00:00:00
2794	4	4	254	1620	5	2014-04-30 00:00:00	2014-05-09 00:00:00	5711.475	456.918	142.7869	2014-05-09 00:00:00
2795	4	4	257	1666	4	2014-04-30 00:00:00	2014-05-09 00:00:00	111.5415	8.9233	2.7885	2014-05-09 00:00:00
2796	4	4	261	1592	2	2014-04-30 00:00:00	2014-05-09 00:00:00	97.965	7.8372	2.4491	2014-05-09 00:00:00
2797	4	4	251	1618	4	2014-05-01 00:00:00	2014-05-10 00:00:00	114.471	9.1577	2.8618	2014-05-10 00:00:00
2798	4	4	253	1612	4	2014-05-01 00:00:00	2014-05-10 00:00:00	132.6465	10.6117	3.3162	2014-05-10 00:00:00
2799	4	4	255	1586	5	2014-05-01 00:00:00	2014-05-10 00:00:00	43878.45	3510.276	1096.9613	2014-05-10 00:00:00
2800	4	4	252	1500	1	2014-05-01 00:00:00	2014-05-10 00:00:00	418.95	33.516	10.4738	2014-05-10 00:00:00
2801	4	4	259	1656	5	2014-05-01 00:00:00	2014-05-10 00:00:00	566.0865	45.2869	14.1522	2014-05-10 00:00:00
2802	4	4	260	1572	1	2014-05-01 00:00:00	2014-05-10 00:00:00	461.79	36.9432	11.5448	2014-05-10 00:00:00
2803	4	4	258	1562	4	2014-05-01 00:00:00	2014-05-10 00:00:00	377.055	30.1644	9.4264	2014-05-10 00:00:00
2804	4	3	250	1662	2	2014-05-01 00:00:00	2014-05-10 00:00:00	37.0755	2.966	0.9269	2014-05-10 00:00:00
2805	4	4	257	1682	4	2014-05-01 00:00:00	2014-05-10 00:00:00	21558.075	1724.646	538.9519	2014-05-10 00:00:00
2806	4	4	261	1686	4	2014-05-01 00:00:00	2014-05-10 00:00:00	552.2265	44.1781	13.8057	2014-05-10 00:00:00
2807	4	4	251	1684	5	2014-05-01 00:00:00	2014-05-10 00:00:00	86220.75	6897.66	2155.5188	2014-05-10 00:00:00
2808	4	4	253	1534	5	2014-05-01 00:00:00	2014-05-10 00:00:00	696.528	55.7222	17.4132	2014-05-10 00:00:00
2809	4	4	255	1614	4	2014-05-01 00:00:00	2014-05-10 00:00:00	663.453	53.0762	16.5863	2014-05-10 00:00:00
2810	4	4	256	1588	5	2014-05-01 00:00:00	2014-05-10 00:00:00	40471.2	3237.696	1011.78	2014-05-10 00:00:00
2811	4	4	259	1622	4	2014-05-01 00:00:00	2014-05-10 00:00:00	259.8435	20.7875	6.4961	2014-05-10 00:00:00
2812	4	4	260	1632	5	2014-05-01 00:00:00	2014-05-10 00:00:00	38421.075	3073.686	960.5269	2014-05-10 00:00:00
2813	4	4	258	1608	5	2014-05-02 00:00:00	2014-05-11 00:00:00	5948.25	475.86	148.7063	2014-05-11 00:00:00
2814	4	4	254	1576	5	2014-05-02 00:00:00	2014-05-11 00:00:00	91117.95	7289.436	2277.9488	2014-05-11 00:00:00
2815	4	4	257	1590	1	2014-05-02 00:00:00	2014-05-11 00:00:00	525	42	13.125	2014-05-11 00:00:00
2816	4	4	261	1514	5	2014-05-02 00:00:00	2014-05-11 00:00:00	2003.6835	160.2947	50.0921	2014-05-11 00:00:00
2817	4	4	251	1498	4	2014-05-02 00:00:00	2014-05-11 00:00:00	26455.275	2116.422	661.3819	2014-05-11 00:00:00
2818	4	4	253	1674	2	2014-05-02 00:00:00	2014-05-11 00:00:00	944.37	75.5496	23.6093	2014-05-11 00:00:00
2819	5	4	255	1652	1	2014-05-02 00:00:00	2014-05-11 00:00:00	3401.475	272.118	85.0369	2014-05-11 00:00:00
2820	4	4	256	1578	3	2014-05-02 00:00:00	2014-05-11 00:00:00	62843.55	5027.484	1571.0888	2014-05-11 00:00:00
2821	4	4	259	1538	5	2014-05-02 00:00:00	2014-05-11 00:00:00	37843.575	3027.486	946.0894	2014-05-11 00:00:00
2822	4	4	250	1556	4	2014-05-02 00:00:00	2014-05-11 00:00:00	25531.275	2042.502	638.2819	2014-05-11 00:00:00
2823	4	4	258	1554	5	2014-05-02 00:00:00	2014-05-11 00:00:00	415.3275	33.2262	10.3832	2014-05-11 00:00:00
2824	4	4	254	1688	4	2014-05-02 00:00:00	2014-05-11 00:00:00	125.748	10.0598	3.1437	2014-05-11 00:00:00
2825	4	4	257	1580	5	2014-05-02 00:00:00	2014-05-11 00:00:00	150.7905	12.0632	3.7698	2014-05-11 00:00:00
2826	4	4	261	1496	4	2014-05-02 00:00:00	2014-05-11 00:00:00	484.407	38.7526	12.1102	2014-05-11 00:00:00
2827	4	4	251	1494	2	2014-05-02 00:00:00	2014-05-11 00:00:00	8847.3	707.784	221.1825	2014-05-11 00:00:00
2828	4	4	253	1650	5	2014-05-02 00:00:00	2014-05-11 00:00:00	171.0765	13.6861	4.2769	2014-05-11 00:00:00
2829	4	4	255	1654	4	2014-05-03 00:00:00	2014-05-12 00:00:00	20397.3	1631.784	509.9325	2014-05-12 00:00:00
2830	4	4	256	1664	3	2014-05-03 00:00:00	2014-05-12 00:00:00	14628.075	1170.246	365.7019	2014-05-12 00:00:00
2831	4	4	259	1678	4	2014-05-03 00:00:00	2014-05-12 00:00:00	25334.925	2026.794	633.3731	2014-05-12 00:00:00
2832	4	4	260	1616	5	2014-05-03 00:00:00	2014-05-12 00:00:00	272.4435	21.7955	6.8111	2014-05-12 00:00:00
2833	4	4	250	1492	5	2014-05-05 00:00:00	2014-05-14 00:00:00	415.3275	33.2262	10.3832	2014-05-14 00:00:00
2834	4	4	254	1602	5	2014-05-05 00:00:00	2014-05-14 00:00:00	270.8055	21.6644	6.7701	2014-05-14 00:00:00
2835	4	4	257	1540	4	2014-05-05 00:00:00	2014-05-14 00:00:00	1814.6835	145.1747	45.3671	2014-05-14 00:00:00
2836	4	4	261	1628	5	2014-05-05 00:00:00	2014-05-14 00:00:00	34644.225	2771.538	866.1056	2014-05-14 00:00:00
2837	4	4	251	1604	4	2014-05-05 00:00:00	2014-05-14 00:00:00	1839.5055	147.1604	45.9876	2014-05-14 00:00:00
2838	4	4	253	1690	5	2014-05-05 00:00:00	2014-05-14 00:00:00	146.286	11.7029	3.6572	2014-05-14 00:00:00
2839	4	4	255	1566	5	2014-05-05 00:00:00	2014-05-14 00:00:00	102.564	8.2051	2.5641	2014-05-14 00:00:00
2840	4	4	256	1698	5	2014-05-05 00:00:00	2014-05-14 00:00:00	150.7905	12.0632	3.7698	2014-05-14 00:00:00
2841	4	4	259	1560	5	2014-05-05 00:00:00	2014-05-14 00:00:00	13669.425	1093.554	341.7356	2014-05-14 00:00:00
2842	4	4	260	1692	5	2014-05-05 00:00:00	2014-05-14 00:00:00	6444.9	515.592	161.1225	2014-05-14 00:00:00
2843	4	4	258	1696	4	2014-05-05 00:00:00	2014-05-14 00:00:00	50860.425	4068.834	1271.5106	2014-05-14 00:00:00
2844	4	4	254	1504	1	2014-05-05 00:00:00	2014-05-14 00:00:00	551.88	44.1504	13.797	2014-05-14 00:00:00
2845	5	4	257	1544	1	2014-05-05 00:00:00	2014-05-14 00:00:00	6987.75	559.02	174.6938	2014-05-14 00:00:00
2846	4	4	261	1530	2	2014-05-05 00:00:00	2014-05-14 00:00:00	28072.275	2245.782	701.8069	2014-05-14 00:00:00
2847	4	4	251	1508	1	2014-05-05 00:00:00	2014-05-14 00:00:00	37312.275	2984.982	932.8069	2014-05-14 00:00:00
2848	4	4	253	1694	1	2014-05-05 00:00:00	2014-05-14 00:00:00	7623	609.84	190.575	2014-05-14 00:00:00
2849	4	4	255	1624	2	2014-05-06 00:00:00	2014-05-15 00:00:00	28297.5	2263.8	707.4375	2014-05-15 00:00:00
2850	4	4	256	1548	2	2014-05-06 00:00:00	2014-05-15 00:00:00	59.9445	4.7956	1.4986	2014-05-15 00:00:00
2851	4	4	252	1598	5	2014-05-06 00:00:00	2014-05-15 00:00:00	222.0435	17.7635	5.5511	2014-05-15 00:00:00
2852	4	4	260	1658	5	2014-05-06 00:00:00	2014-05-15 00:00:00	43878.45	3510.276	1096.9613	2014-05-15 00:00:00
2853	4	4	258	1536	4	2014-05-08 00:00:00	2014-05-17 00:00:00	345.555	27.6444	8.6389	2014-05-17 00:00:00
2854	4	4	254	1568	2	2014-05-08 00:00:00	2014-05-17 00:00:00	15153.6	1212.288	378.84	2014-05-17 00:00:00
2855	4	4	257	1648	5	2014-05-08 00:00:00	2014-05-17 00:00:00	142.4115	11.3929	3.5603	2014-05-17 00:00:00
2856	5	4	261	1646	2	2014-05-08 00:00:00	2014-05-17 00:00:00	48030.675	3842.454	1200.7669	2014-05-17 00:00:00
2857	4	4	250	1672	4	2014-05-08 00:00:00	2014-05-17 00:00:00	823.41	65.8728	20.5853	2014-05-17 00:00:00
2858	4	4	253	1600	1	2014-05-08 00:00:00	2014-05-17 00:00:00	1276.275	102.102	31.9069	2014-05-17 00:00:00
2859	4	4	255	1522	1	2014-05-08 00:00:00	2014-05-17 00:00:00	2003.925	160.314	50.0981	2014-05-17 00:00:00
2860	4	4	256	1570	2	2014-05-08 00:00:00	2014-05-17 00:00:00	50860.425	4068.834	1271.5106	2014-05-17 00:00:00
2861	4	4	259	1516	1	2014-05-08 00:00:00	2014-05-17 00:00:00	454.86	36.3888	11.3715	2014-05-17 00:00:00
2862	4	4	260	1506	5	2014-05-08 00:00:00	2014-05-17 00:00:00	43878.45	3510.276	1096.9613	2014-05-17 00:00:00
2863	4	4	258	1626	2	2014-05-08 00:00:00	2014-05-17 00:00:00	7132.125	570.57	178.3031	2014-05-17 00:00:00
2864	4	4	254	1542	2	2014-05-08 00:00:00	2014-05-17 00:00:00	28343.7	2267.496	708.5925	2014-05-17 00:00:00
2865	4	4	252	1610	4	2014-05-08 00:00:00	2014-05-17 00:00:00	22516.725	1801.338	562.9181	2014-05-17 00:00:00
2866	4	4	261	1638	5	2014-05-08 00:00:00	2014-05-17 00:00:00	34644.225	2771.538	866.1056	2014-05-17 00:00:00
2867	4	4	251	1582	4	2014-05-08 00:00:00	2014-05-17 00:00:00	364.9275	29.1942	9.1232	2014-05-17 00:00:00
2868	4	4	253	1510	5	2014-05-08 00:00:00	2014-05-17 00:00:00	143.0415	11.4433	3.576	2014-05-17 00:00:00
2869	4	4	255	1526	2	2014-05-09 00:00:00	2014-05-18 00:00:00	28199.325	2255.946	704.9831	2014-05-18 00:00:00
2870	4	4	256	1644	1	2014-05-09 00:00:00	2014-05-18 00:00:00	3713.325	297.066	92.8331	2014-05-18 00:00:00
2871	4	4	259	1680	4	2014-05-09 00:00:00	2014-05-18 00:00:00	19952.625	1596.21	498.8156	2014-05-18 00:00:00
2872	4	4	260	1584	5	2014-05-09 00:00:00	2014-05-18 00:00:00	6540.66	523.2528	163.5165	2014-05-18 00:00:00
2873	4	4	258	1620	5	2014-05-09 00:00:00	2014-05-18 00:00:00	5711.475	456.918	142.7869	2014-05-18 00:00:00
2874	4	4	254	1666	5	2014-05-09 00:00:00	2014-05-18 00:00:00	279.783	22.3826	6.9946	2014-05-18 00:00:00
2875	4	4	257	1592	2	2014-05-09 00:00:00	2014-05-18 00:00:00	97.965	7.8372	2.4491	2014-05-18 00:00:00
2876	4	4	261	1618	4	2014-05-09 00:00:00	2014-05-18 00:00:00	114.471	9.1577	2.8618	2014-05-18 00:00:00
2877	4	4	251	1612	4	2014-05-09 00:00:00	2014-05-18 00:00:00	132.6465	10.6117	3.3162	2014-05-18 00:00:00
2878	4	4	253	1586	5	2014-05-09 00:00:00	2014-05-18 00:00:00	43878.45	3510.276	1096.9613	2014-05-18 00:00:00
2879	4	4	255	1500	1	2014-05-09 00:00:00	2014-05-18 00:00:00	418.95	33.516	10.4738	2014-05-18 00:00:00
2880	4	4	256	1656	4	2014-05-09 00:00:00	2014-05-18 00:00:00	404.145	32.3316	10.1036	2014-05-18 00:00:00
2881	4	4	259	1572	1	2014-05-09 00:00:00	2014-05-18 00:00:00	461.79	36.9432	11.5448	2014-05-18 00:00:00
2882	4	4	260	1562	4	2014-05-09 00:00:00	2014-05-18 00:00:00	247.2435	19.7795	6.1811	2014-05-18 00:00:00
2883	4	4	258	1662	2	2014-05-09 00:00:00	2014-05-18 00:00:00	37.0755	2.966	0.9269	2014-05-18 00:00:00
2884	4	4	254	1682	4	2014-05-09 00:00:00	2014-05-18 00:00:00	21558.075	1724.646	538.9519	2014-05-18 00:00:00
2885	4	4	257	1686	5	2014-05-12 00:00:00	2014-05-21 00:00:00	533.547	42.6838	13.3387	2014-05-21 00:00:00
2886	4	4	261	1684	5	2014-05-12 00:00:00	2014-05-21 00:00:00	86220.75	6897.66	2155.5188	2014-05-21 00:00:00
2887	4	4	251	1534	5	2014-05-12 00:00:00	2014-05-21 00:00:00	776.79	62.1432	19.4198	2014-05-21 00:00:00
2888	4	4	253	1614	4	2014-05-12 00:00:00	2014-05-21 00:00:00	136.647	10.9318	3.4162	2014-05-21 00:00:00
2889	4	4	252	1588	5	2014-05-12 00:00:00	2014-05-21 00:00:00	40471.2	3237.696	1011.78	2014-05-21 00:00:00
2890	4	4	256	1622	5	2014-05-12 00:00:00	2014-05-21 00:00:00	427.455	34.1964	10.6864	2014-05-21 00:00:00
2891	4	4	259	1632	4	2014-05-12 00:00:00	2014-05-21 00:00:00	23671.725	1893.738	591.7931	2014-05-21 00:00:00
2892	4	4	260	1608	5	2014-05-12 00:00:00	2014-05-21 00:00:00	5948.25	475.86	148.7063	2014-05-21 00:00:00
2893	4	4	258	1576	5	2014-05-12 00:00:00	2014-05-21 00:00:00	91117.95	7289.436	2277.9488	2014-05-21 00:00:00
2894	4	4	254	1590	1	2014-05-12 00:00:00	2014-05-21 00:00:00	525	42	13.125	2014-05-21 00:00:00
2895	4	4	257	1514	5	2014-05-12 00:00:00	2014-05-21 00:00:00	2003.6835	160.2947	50.0921	2014-05-21 00:00:00
2896	4	4	261	1498	4	2014-05-12 00:00:00	2014-05-21 00:00:00	26455.275	2116.422	661.3819	2014-05-21 00:00:00
2897	4	4	251	1674	2	2014-05-12 00:00:00	2014-05-21 00:00:00	944.37	75.5496	23.6093	2014-05-21 00:00:00
2898	4	4	253	1652	4	2014-05-12 00:00:00	2014-05-21 00:00:00	51588.075	4127.046	1289.7019	2014-05-21 00:00:00
2899	4	4	255	1578	3	2014-05-12 00:00:00	2014-05-21 00:00:00	62843.55	5027.484	1571.0888	2014-05-21 00:00:00
2900	4	4	252	1538	5	2014-05-12 00:00:00	2014-05-21 00:00:00	37843.575	3027.486	946.0894	2014-05-21 00:00:00
2901	6	4	259	1556	4	2014-05-13 00:00:00	2014-05-22 00:00:00	25531.275	2042.502	638.2819	2014-05-22 00:00:00
2902	4	4	260	1554	5	2014-05-13 00:00:00	2014-05-22 00:00:00	272.7585	21.8207	6.819	2014-05-22 00:00:00
2903	4	4	258	1688	4	2014-05-13 00:00:00	2014-05-22 00:00:00	125.748	10.0598	3.1437	2014-05-22 00:00:00
2904	4	3	250	1580	5	2014-05-13 00:00:00	2014-05-22 00:00:00	150.7905	12.0632	3.7698	2014-05-22 00:00:00
2905	4	4	257	1496	4	2014-05-13 00:00:00	2014-05-22 00:00:00	111.5415	8.9233	2.7885	2014-05-22 00:00:00
2906	4	4	261	1494	2	2014-05-13 00:00:00	2014-05-22 00:00:00	8847.3	707.784	221.1825	2014-05-22 00:00:00
2907	4	4	251	1650	5	2014-05-13 00:00:00	2014-05-22 00:00:00	171.0765	13.6861	4.2769	2014-05-22 00:00:00
2908	4	4	253	1654	4	2014-05-13 00:00:00	2014-05-22 00:00:00	20397.3	1631.784	509.9325	2014-05-22 00:00:00
2909	4	4	255	1664	3	2014-05-13 00:00:00	2014-05-22 00:00:00	14628.075	1170.246	365.7019	2014-05-22 00:00:00
2910	4	4	256	1678	3	2014-05-13 00:00:00	2014-05-22 00:00:00	58685.55	4694.844	1467.1388	2014-05-22 00:00:00
2911	4	4	259	1616	4	2014-05-13 00:00:00	2014-05-22 00:00:00	500.5665	40.0453	12.5142	2014-05-22 00:00:00
2912	4	4	260	1492	5	2014-05-13 00:00:00	2014-05-22 00:00:00	272.7585	21.8207	6.819	2014-05-22 00:00:00
2913	4	4	258	1602	5	2014-05-13 00:00:00	2014-05-22 00:00:00	1525.23	122.0184	38.1308	2014-05-22 00:00:00
2914	4	4	254	1540	4	2014-05-13 00:00:00	2014-05-22 00:00:00	260.1585	20.8127	6.504	2014-05-22 00:00:00
2915	4	4	257	1628	5	2014-05-13 00:00:00	2014-05-22 00:00:00	34644.225	2771.538	866.1056	2014-05-22 00:00:00
2916	4	4	261	1604	4	2014-05-13 00:00:00	2014-05-22 00:00:00	1839.5055	147.1604	45.9876	2014-05-22 00:00:00
2917	4	4	251	1690	5	2014-05-14 00:00:00	2014-05-23 00:00:00	146.286	11.7029	3.6572	2014-05-23 00:00:00
2918	4	4	253	1566	5	2014-05-14 00:00:00	2014-05-23 00:00:00	102.564	8.2051	2.5641	2014-05-23 00:00:00
2919	4	4	255	1698	5	2014-05-14 00:00:00	2014-05-23 00:00:00	150.7905	12.0632	3.7698	2014-05-23 00:00:00
2920	4	4	256	1560	5	2014-05-14 00:00:00	2014-05-23 00:00:00	13669.425	1093.554	341.7356	2014-05-23 00:00:00
2921	4	4	259	1692	5	2014-05-14 00:00:00	2014-05-23 00:00:00	9948.33	795.8664	248.7083	2014-05-23 00:00:00
2922	4	4	250	1696	4	2014-05-14 00:00:00	2014-05-23 00:00:00	34118.7	2729.496	852.9675	2014-05-23 00:00:00
2923	4	4	258	1504	1	2014-05-14 00:00:00	2014-05-23 00:00:00	551.88	44.1504	13.797	2014-05-23 00:00:00
2924	4	4	254	1544	1	2014-05-14 00:00:00	2014-05-23 00:00:00	3811.5	304.92	95.2875	2014-05-23 00:00:00
2925	4	4	257	1530	2	2014-05-14 00:00:00	2014-05-23 00:00:00	28072.275	2245.782	701.8069	2014-05-23 00:00:00
2926	4	4	261	1508	1	2014-05-14 00:00:00	2014-05-23 00:00:00	37312.275	2984.982	932.8069	2014-05-23 00:00:00
2927	4	4	251	1694	1	2014-05-14 00:00:00	2014-05-23 00:00:00	7623	609.84	190.575	2014-05-23 00:00:00
2928	4	4	253	1624	2	2014-05-14 00:00:00	2014-05-23 00:00:00	28297.5	2263.8	707.4375	2014-05-23 00:00:00
2929	4	4	255	1548	2	2014-05-14 00:00:00	2014-05-23 00:00:00	59.9445	4.7956	1.4986	2014-05-23 00:00:00
2930	4	4	256	1598	4	2014-05-14 00:00:00	2014-05-23 00:00:00	370.755	29.6604	9.2689	2014-05-23 00:00:00
2931	4	4	259	1658	5	2014-05-14 00:00:00	2014-05-23 00:00:00	43878.45	3510.276	1096.9613	2014-05-23 00:00:00
2932	4	4	260	1536	4	2014-05-14 00:00:00	2014-05-23 00:00:00	272.1285	21.7703	6.8032	2014-05-23 00:00:00
2933	4	4	250	1568	2	2014-05-15 00:00:00	2014-05-24 00:00:00	21252	1700.16	531.3	2014-05-24 00:00:00
2934	4	4	254	1648	5	2014-05-15 00:00:00	2014-05-24 00:00:00	142.4115	11.3929	3.5603	2014-05-24 00:00:00
2935	4	4	257	1646	2	2014-05-15 00:00:00	2014-05-24 00:00:00	48030.675	3842.454	1200.7669	2014-05-24 00:00:00
2936	4	4	261	1672	4	2014-05-15 00:00:00	2014-05-24 00:00:00	50983.9365	4078.7149	1274.5984	2014-05-24 00:00:00
2937	4	4	251	1600	1	2014-05-15 00:00:00	2014-05-24 00:00:00	1276.275	102.102	31.9069	2014-05-24 00:00:00
2938	4	4	253	1522	1	2014-05-15 00:00:00	2014-05-24 00:00:00	2003.925	160.314	50.0981	2014-05-24 00:00:00
2939	4	4	255	1570	2	2014-05-15 00:00:00	2014-05-24 00:00:00	50860.425	4068.834	1271.5106	2014-05-24 00:00:00
2940	4	4	256	1516	1	2014-05-15 00:00:00	2014-05-24 00:00:00	454.86	36.3888	11.3715	2014-05-24 00:00:00
2941	4	4	259	1506	5	2014-05-15 00:00:00	2014-05-24 00:00:00	43878.45	3510.276	1096.9613	2014-05-24 00:00:00
2942	4	4	260	1626	2	2014-05-15 00:00:00	2014-05-24 00:00:00	7132.125	570.57	178.3031	2014-05-24 00:00:00
2943	7	4	258	1542	2	2014-05-15 00:00:00	2014-05-24 00:00:00	28343.7	2267.496	708.5925	2014-05-24 00:00:00
2944	4	4	254	1610	4	2014-05-15 00:00:00	2014-05-24 00:00:00	22516.725	1801.338	562.9181	2014-05-24 00:00:00
2945	4	4	257	1638	5	2014-05-15 00:00:00	2014-05-24 00:00:00	34644.225	2771.538	866.1056	2014-05-24 00:00:00
2946	4	4	261	1582	5	2014-05-15 00:00:00	2014-05-24 00:00:00	564.1965	45.1357	14.1049	2014-05-24 00:00:00
2947	4	4	251	1510	5	2014-05-15 00:00:00	2014-05-24 00:00:00	143.0415	11.4433	3.576	2014-05-24 00:00:00
2948	4	4	253	1526	2	2014-05-15 00:00:00	2014-05-24 00:00:00	28199.325	2255.946	704.9831	2014-05-24 00:00:00
2949	4	4	255	1644	1	2014-05-16 00:00:00	2014-05-25 00:00:00	3713.325	297.066	92.8331	2014-05-25 00:00:00
2950	4	4	256	1680	5	2014-05-16 00:00:00	2014-05-25 00:00:00	63831.075	5106.486	1595.7769	2014-05-25 00:00:00
2951	4	4	252	1584	5	2014-05-16 00:00:00	2014-05-25 00:00:00	9799.65	783.972	244.9913	2014-05-25 00:00:00
2952	4	4	260	1620	5	2014-05-16 00:00:00	2014-05-25 00:00:00	5711.475	456.918	142.7869	2014-05-25 00:00:00
2953	4	4	258	1666	5	2014-05-16 00:00:00	2014-05-25 00:00:00	416.745	33.3396	10.4186	2014-05-25 00:00:00
2954	4	4	254	1592	2	2014-05-16 00:00:00	2014-05-25 00:00:00	97.965	7.8372	2.4491	2014-05-25 00:00:00
2955	6	4	257	1618	4	2014-05-16 00:00:00	2014-05-25 00:00:00	114.471	9.1577	2.8618	2014-05-25 00:00:00
2956	4	4	261	1612	4	2014-05-16 00:00:00	2014-05-25 00:00:00	132.6465	10.6117	3.3162	2014-05-25 00:00:00
2957	4	4	250	1586	5	2014-05-16 00:00:00	2014-05-25 00:00:00	43878.45	3510.276	1096.9613	2014-05-25 00:00:00
2958	4	4	253	1500	1	2014-05-16 00:00:00	2014-05-25 00:00:00	418.95	33.516	10.4738	2014-05-25 00:00:00
2959	4	4	255	1656	4	2014-05-16 00:00:00	2014-05-25 00:00:00	633.7485	50.6999	15.8437	2014-05-25 00:00:00
2960	4	4	256	1572	1	2014-05-16 00:00:00	2014-05-25 00:00:00	461.79	36.9432	11.5448	2014-05-25 00:00:00
2961	4	4	259	1562	4	2014-05-16 00:00:00	2014-05-25 00:00:00	475.209	38.0167	11.8802	2014-05-25 00:00:00
2962	4	4	260	1662	2	2014-05-16 00:00:00	2014-05-25 00:00:00	37.0755	2.966	0.9269	2014-05-25 00:00:00
2963	5	4	258	1682	4	2014-05-16 00:00:00	2014-05-25 00:00:00	21558.075	1724.646	538.9519	2014-05-25 00:00:00
2964	4	4	254	1686	4	2014-05-16 00:00:00	2014-05-25 00:00:00	259.8435	20.7875	6.4961	2014-05-25 00:00:00
2965	4	4	252	1684	5	2014-05-19 00:00:00	2014-05-28 00:00:00	86220.75	6897.66	2155.5188	2014-05-28 00:00:00
2966	4	4	261	1534	4	2014-05-19 00:00:00	2014-05-28 00:00:00	484.407	38.7526	12.1102	2014-05-28 00:00:00
2967	4	4	251	1614	5	2014-05-19 00:00:00	2014-05-28 00:00:00	837.9	67.032	20.9475	2014-05-28 00:00:00
2968	4	4	253	1588	5	2014-05-19 00:00:00	2014-05-28 00:00:00	40471.2	3237.696	1011.78	2014-05-28 00:00:00
2969	4	4	255	1622	4	2014-05-19 00:00:00	2014-05-28 00:00:00	661.878	52.9502	16.547	2014-05-28 00:00:00
2970	4	4	256	1632	5	2014-05-19 00:00:00	2014-05-28 00:00:00	62092.8	4967.424	1552.32	2014-05-28 00:00:00
2971	4	4	259	1608	5	2014-05-19 00:00:00	2014-05-28 00:00:00	5948.25	475.86	148.7063	2014-05-28 00:00:00
2972	4	4	260	1576	5	2014-05-19 00:00:00	2014-05-28 00:00:00	91117.95	7289.436	2277.9488	2014-05-28 00:00:00
2973	4	4	258	1590	1	2014-05-19 00:00:00	2014-05-28 00:00:00	525	42	13.125	2014-05-28 00:00:00
2974	4	4	254	1514	5	2014-05-19 00:00:00	2014-05-28 00:00:00	281.8935	22.5515	7.0473	2014-05-28 00:00:00
2975	4	4	257	1498	4	2014-05-19 00:00:00	2014-05-28 00:00:00	26455.275	2116.422	661.3819	2014-05-28 00:00:00
2976	4	4	261	1674	2	2014-05-19 00:00:00	2014-05-28 00:00:00	944.37	75.5496	23.6093	2014-05-28 00:00:00
2977	4	4	251	1652	4	2014-05-19 00:00:00	2014-05-28 00:00:00	51588.075	4127.046	1289.7019	2014-05-28 00:00:00
2978	4	4	253	1578	3	2014-05-19 00:00:00	2014-05-28 00:00:00	62843.55	5027.484	1571.0888	2014-05-28 00:00:00
2979	4	4	255	1538	5	2014-05-19 00:00:00	2014-05-28 00:00:00	37843.575	3027.486	946.0894	2014-05-28 00:00:00
2980	4	4	256	1556	4	2014-05-19 00:00:00	2014-05-28 00:00:00	25531.275	2042.502	638.2819	2014-05-28 00:00:00
2981	4	4	259	1554	4	2014-05-20 00:00:00	2014-05-29 00:00:00	501.1965	40.0957	12.5299	2014-05-29 00:00:00
2982	4	4	260	1688	4	2014-05-20 00:00:00	2014-05-29 00:00:00	125.748	10.0598	3.1437	2014-05-29 00:00:00
2983	4	4	258	1580	5	2014-05-20 00:00:00	2014-05-29 00:00:00	150.7905	12.0632	3.7698	2014-05-29 00:00:00
2984	4	4	254	1496	5	2014-05-20 00:00:00	2014-05-29 00:00:00	279.783	22.3826	6.9946	2014-05-29 00:00:00
2985	4	4	257	1494	2	2014-05-20 00:00:00	2014-05-29 00:00:00	8847.3	707.784	221.1825	2014-05-29 00:00:00
2986	4	4	261	1650	5	2014-05-20 00:00:00	2014-05-29 00:00:00	171.0765	13.6861	4.2769	2014-05-29 00:00:00
2987	4	4	251	1654	4	2014-05-20 00:00:00	2014-05-29 00:00:00	20397.3	1631.784	509.9325	2014-05-29 00:00:00
2988	4	4	253	1664	3	2014-05-20 00:00:00	2014-05-29 00:00:00	14628.075	1170.246	365.7019	2014-05-29 00:00:00
2989	4	4	252	1678	3	2014-05-20 00:00:00	2014-05-29 00:00:00	58685.55	4694.844	1467.1388	2014-05-29 00:00:00
2990	4	4	256	1616	4	2014-05-20 00:00:00	2014-05-29 00:00:00	358.155	28.6524	8.9539	2014-05-29 00:00:00
2991	5	4	259	1492	4	2014-05-20 00:00:00	2014-05-29 00:00:00	501.1965	40.0957	12.5299	2014-05-29 00:00:00
2992	4	4	260	1602	5	2014-05-20 00:00:00	2014-05-29 00:00:00	270.8055	21.6644	6.7701	2014-05-29 00:00:00
2993	4	4	258	1540	4	2014-05-20 00:00:00	2014-05-29 00:00:00	371.2275	29.6982	9.2807	2014-05-29 00:00:00
2994	4	4	254	1628	5	2014-05-20 00:00:00	2014-05-29 00:00:00	34644.225	2771.538	866.1056	2014-05-29 00:00:00
2995	4	4	257	1604	4	2014-05-20 00:00:00	2014-05-29 00:00:00	1839.5055	147.1604	45.9876	2014-05-29 00:00:00
2996	4	4	261	1690	5	2014-05-20 00:00:00	2014-05-29 00:00:00	146.286	11.7029	3.6572	2014-05-29 00:00:00
2997	4	4	251	1566	5	2014-05-21 00:00:00	2014-05-30 00:00:00	102.564	8.2051	2.5641	2014-05-30 00:00:00
2998	4	4	253	1698	5	2014-05-21 00:00:00	2014-05-30 00:00:00	150.7905	12.0632	3.7698	2014-05-30 00:00:00
2999	4	4	255	1560	5	2014-05-21 00:00:00	2014-05-30 00:00:00	13669.425	1093.554	341.7356	2014-05-30 00:00:00
3000	4	4	252	1692	5	2014-05-21 00:00:00	2014-05-30 00:00:00	9637.11	770.9688	240.9278	2014-05-30 00:00:00
3001	4	4	259	1696	5	2014-05-21 00:00:00	2014-05-30 00:00:00	39258.45	3140.676	981.4613	2014-05-30 00:00:00
3002	4	4	260	1504	1	2014-05-21 00:00:00	2014-05-30 00:00:00	551.88	44.1504	13.797	2014-05-30 00:00:00
3003	4	4	258	1544	1	2014-05-21 00:00:00	2014-05-30 00:00:00	3176.25	254.1	79.4063	2014-05-30 00:00:00
3004	4	3	250	1530	2	2014-05-21 00:00:00	2014-05-30 00:00:00	28072.275	2245.782	701.8069	2014-05-30 00:00:00
3005	4	4	257	1508	1	2014-05-21 00:00:00	2014-05-30 00:00:00	37312.275	2984.982	932.8069	2014-05-30 00:00:00
3006	4	4	261	1694	1	2014-05-21 00:00:00	2014-05-30 00:00:00	7623	609.84	190.575	2014-05-30 00:00:00
3007	4	4	251	1624	2	2014-05-21 00:00:00	2014-05-30 00:00:00	28297.5	2263.8	707.4375	2014-05-30 00:00:00
3008	4	4	253	1548	2	2014-05-21 00:00:00	2014-05-30 00:00:00	59.9445	4.7956	1.4986	2014-05-30 00:00:00
3009	4	4	255	1598	4	2014-05-21 00:00:00	2014-05-30 00:00:00	567.378	45.3902	14.1845	2014-05-30 00:00:00
3010	4	4	256	1658	5	2014-05-21 00:00:00	2014-05-30 00:00:00	43878.45	3510.276	1096.9613	2014-05-30 00:00:00
3011	4	4	259	1536	4	2014-05-21 00:00:00	2014-05-30 00:00:00	525.7665	42.0613	13.1442	2014-05-30 00:00:00
3012	4	4	260	1568	2	2014-05-21 00:00:00	2014-05-30 00:00:00	10914.75	873.18	272.8688	2014-05-30 00:00:00
3013	4	4	258	1648	5	2014-05-22 00:00:00	2014-05-31 00:00:00	142.4115	11.3929	3.5603	2014-05-31 00:00:00
3014	4	4	254	1646	2	2014-05-22 00:00:00	2014-05-31 00:00:00	28794.15	2303.532	719.8538	2014-05-31 00:00:00
3015	4	4	257	1672	4	2014-05-22 00:00:00	2014-05-31 00:00:00	51807.3465	4144.5877	1295.1837	2014-05-31 00:00:00
3016	4	4	261	1600	1	2014-05-22 00:00:00	2014-05-31 00:00:00	1276.275	102.102	31.9069	2014-05-31 00:00:00
3017	4	4	251	1522	1	2014-05-22 00:00:00	2014-05-31 00:00:00	2003.925	160.314	50.0981	2014-05-31 00:00:00
3018	4	4	253	1570	2	2014-05-22 00:00:00	2014-05-31 00:00:00	50860.425	4068.834	1271.5106	2014-05-31 00:00:00
3019	4	4	255	1516	1	2014-05-22 00:00:00	2014-05-31 00:00:00	454.86	36.3888	11.3715	2014-05-31 00:00:00
3020	4	4	256	1506	5	2014-05-22 00:00:00	2014-05-31 00:00:00	43878.45	3510.276	1096.9613	2014-05-31 00:00:00
3021	4	4	259	1626	2	2014-05-22 00:00:00	2014-05-31 00:00:00	7132.125	570.57	178.3031	2014-05-31 00:00:00
3022	4	4	250	1542	2	2014-05-22 00:00:00	2014-05-31 00:00:00	28343.7	2267.496	708.5925	2014-05-31 00:00:00
3023	4	4	258	1610	4	2014-05-22 00:00:00	2014-05-31 00:00:00	22516.725	1801.338	562.9181	2014-05-31 00:00:00
3024	4	4	254	1638	5	2014-05-22 00:00:00	2014-05-31 00:00:00	34644.225	2771.538	866.1056	2014-05-31 00:00:00
3025	4	4	257	1582	4	2014-05-22 00:00:00	2014-05-31 00:00:00	1151.4825	92.1186	28.7871	2014-05-31 00:00:00
3026	4	4	261	1510	5	2014-05-22 00:00:00	2014-05-31 00:00:00	143.0415	11.4433	3.576	2014-05-31 00:00:00
3027	4	4	251	1526	2	2014-05-22 00:00:00	2014-05-31 00:00:00	28199.325	2255.946	704.9831	2014-05-31 00:00:00
3028	4	4	253	1644	1	2014-05-22 00:00:00	2014-05-31 00:00:00	3713.325	297.066	92.8331	2014-05-31 00:00:00
3029	4	4	255	1680	5	2014-05-23 00:00:00	2014-06-01 00:00:00	63831.075	5106.486	1595.7769	2014-06-01 00:00:00
3030	6	4	256	1584	5	2014-05-23 00:00:00	2014-06-01 00:00:00	9585.45	766.836	239.6363	2014-06-01 00:00:00
3031	5	4	259	1620	5	2014-05-23 00:00:00	2014-06-01 00:00:00	5711.475	456.918	142.7869	2014-06-01 00:00:00
3032	4	4	260	1666	5	2014-05-23 00:00:00	2014-06-01 00:00:00	273.7035	21.8963	6.8426	2014-06-01 00:00:00
3033	4	4	250	1592	2	2014-05-23 00:00:00	2014-06-01 00:00:00	97.965	7.8372	2.4491	2014-06-01 00:00:00
3034	4	4	254	1618	4	2014-05-23 00:00:00	2014-06-01 00:00:00	114.471	9.1577	2.8618	2014-06-01 00:00:00
3035	4	4	257	1612	4	2014-05-23 00:00:00	2014-06-01 00:00:00	132.6465	10.6117	3.3162	2014-06-01 00:00:00
3036	4	4	261	1586	5	2014-05-23 00:00:00	2014-06-01 00:00:00	43878.45	3510.276	1096.9613	2014-06-01 00:00:00
3037	4	4	251	1500	1	2014-05-23 00:00:00	2014-06-01 00:00:00	418.95	33.516	10.4738	2014-06-01 00:00:00
3038	4	4	253	1656	4	2014-05-23 00:00:00	2014-06-01 00:00:00	607.8555	48.6284	15.1964	2014-06-01 00:00:00
3039	4	4	255	1572	1	2014-05-23 00:00:00	2014-06-01 00:00:00	461.79	36.9432	11.5448	2014-06-01 00:00:00
3040	4	4	256	1562	5	2014-05-23 00:00:00	2014-06-01 00:00:00	414.918	33.1934	10.373	2014-06-01 00:00:00
3041	4	4	259	1662	2	2014-05-23 00:00:00	2014-06-01 00:00:00	37.0755	2.966	0.9269	2014-06-01 00:00:00
3042	4	4	260	1682	4	2014-05-23 00:00:00	2014-06-01 00:00:00	21558.075	1724.646	538.9519	2014-06-01 00:00:00
3043	4	4	258	1686	4	2014-05-23 00:00:00	2014-06-01 00:00:00	364.455	29.1564	9.1114	2014-06-01 00:00:00
3044	4	4	254	1684	5	2014-05-23 00:00:00	2014-06-01 00:00:00	41048.7	3283.896	1026.2175	2014-06-01 00:00:00
3045	4	4	257	1534	4	2014-05-24 00:00:00	2014-06-02 00:00:00	111.5415	8.9233	2.7885	2014-06-02 00:00:00
3046	4	4	261	1614	4	2014-05-24 00:00:00	2014-06-02 00:00:00	390.6	31.248	9.765	2014-06-02 00:00:00
3047	4	4	251	1588	5	2014-05-24 00:00:00	2014-06-02 00:00:00	40471.2	3237.696	1011.78	2014-06-02 00:00:00
3048	4	4	253	1622	4	2014-05-24 00:00:00	2014-06-02 00:00:00	136.332	10.9066	3.4083	2014-06-02 00:00:00
3049	4	4	255	1632	5	2014-05-24 00:00:00	2014-06-02 00:00:00	62092.8	4967.424	1552.32	2014-06-02 00:00:00
3050	4	4	256	1608	5	2014-05-24 00:00:00	2014-06-02 00:00:00	5948.25	475.86	148.7063	2014-06-02 00:00:00
3051	4	4	252	1576	5	2014-05-24 00:00:00	2014-06-02 00:00:00	91117.95	7289.436	2277.9488	2014-06-02 00:00:00
3052	4	4	260	1590	1	2014-05-24 00:00:00	2014-06-02 00:00:00	525	42	13.125	2014-06-02 00:00:00
3053	4	4	258	1514	3	2014-05-24 00:00:00	2014-06-02 00:00:00	1721.79	137.7432	43.0448	2014-06-02 00:00:00
3054	4	4	254	1498	4	2014-05-24 00:00:00	2014-06-02 00:00:00	26455.275	2116.422	661.3819	2014-06-02 00:00:00
3055	4	4	257	1674	2	2014-05-24 00:00:00	2014-06-02 00:00:00	944.37	75.5496	23.6093	2014-06-02 00:00:00
3056	4	4	261	1652	4	2014-05-24 00:00:00	2014-06-02 00:00:00	51588.075	4127.046	1289.7019	2014-06-02 00:00:00
3057	4	4	250	1578	3	2014-05-24 00:00:00	2014-06-02 00:00:00	62843.55	5027.484	1571.0888	2014-06-02 00:00:00
3058	4	4	253	1538	5	2014-05-24 00:00:00	2014-06-02 00:00:00	37843.575	3027.486	946.0894	2014-06-02 00:00:00
3059	4	4	255	1556	4	2014-05-24 00:00:00	2014-06-02 00:00:00	25531.275	2042.502	638.2819	2014-06-02 00:00:00
3060	4	4	256	1554	4	2014-05-24 00:00:00	2014-06-02 00:00:00	358.6275	28.6902	8.9657	2014-06-02 00:00:00
3061	4	4	259	1688	4	2014-05-26 00:00:00	2014-06-04 00:00:00	125.748	10.0598	3.1437	2014-06-04 00:00:00
3062	4	4	260	1580	5	2014-05-26 00:00:00	2014-06-04 00:00:00	150.7905	12.0632	3.7698	2014-06-04 00:00:00
3063	4	4	258	1496	5	2014-05-26 00:00:00	2014-06-04 00:00:00	416.745	33.3396	10.4186	2014-06-04 00:00:00
3064	4	4	254	1494	2	2014-05-26 00:00:00	2014-06-04 00:00:00	8847.3	707.784	221.1825	2014-06-04 00:00:00
3065	4	4	252	1650	5	2014-05-26 00:00:00	2014-06-04 00:00:00	171.0765	13.6861	4.2769	2014-06-04 00:00:00
3066	4	4	261	1654	4	2014-05-26 00:00:00	2014-06-04 00:00:00	20397.3	1631.784	509.9325	2014-06-04 00:00:00
3067	4	4	251	1664	3	2014-05-26 00:00:00	2014-06-04 00:00:00	14628.075	1170.246	365.7019	2014-06-04 00:00:00
3068	4	4	253	1678	3	2014-05-26 00:00:00	2014-06-04 00:00:00	58685.55	4694.844	1467.1388	2014-06-04 00:00:00
3069	4	4	255	1616	4	2014-05-26 00:00:00	2014-06-04 00:00:00	599.4135	47.9531	14.9853	2014-06-04 00:00:00
3070	4	4	256	1492	4	2014-05-26 00:00:00	2014-06-04 00:00:00	358.6275	28.6902	8.9657	2014-06-04 00:00:00
3071	4	4	259	1602	5	2014-05-26 00:00:00	2014-06-04 00:00:00	1525.23	122.0184	38.1308	2014-06-04 00:00:00
3072	4	4	260	1540	4	2014-05-26 00:00:00	2014-06-04 00:00:00	228.438	18.275	5.711	2014-06-04 00:00:00
3073	4	4	258	1628	5	2014-05-26 00:00:00	2014-06-04 00:00:00	34644.225	2771.538	866.1056	2014-06-04 00:00:00
3074	4	4	254	1604	4	2014-05-26 00:00:00	2014-06-04 00:00:00	257.5755	20.606	6.4394	2014-06-04 00:00:00
3075	4	4	257	1690	5	2014-05-26 00:00:00	2014-06-04 00:00:00	146.286	11.7029	3.6572	2014-06-04 00:00:00
3076	4	4	261	1566	5	2014-05-26 00:00:00	2014-06-04 00:00:00	102.564	8.2051	2.5641	2014-06-04 00:00:00
3077	4	4	251	1698	5	2014-05-27 00:00:00	2014-06-05 00:00:00	150.7905	12.0632	3.7698	2014-06-05 00:00:00
3078	4	4	253	1560	5	2014-05-27 00:00:00	2014-06-05 00:00:00	13669.425	1093.554	341.7356	2014-06-05 00:00:00
3079	4	4	255	1692	5	2014-05-27 00:00:00	2014-06-05 00:00:00	6756.12	540.4896	168.903	2014-06-05 00:00:00
3080	4	4	256	1696	2	2014-05-27 00:00:00	2014-06-05 00:00:00	50860.425	4068.834	1271.5106	2014-06-05 00:00:00
3081	4	4	259	1504	1	2014-05-27 00:00:00	2014-06-05 00:00:00	551.88	44.1504	13.797	2014-06-05 00:00:00
3082	4	4	260	1544	1	2014-05-27 00:00:00	2014-06-05 00:00:00	3811.5	304.92	95.2875	2014-06-05 00:00:00
3083	4	4	258	1530	2	2014-05-27 00:00:00	2014-06-05 00:00:00	28072.275	2245.782	701.8069	2014-06-05 00:00:00
3084	4	4	254	1508	1	2014-05-27 00:00:00	2014-06-05 00:00:00	35394.975	2831.598	884.8744	2014-06-05 00:00:00
3085	4	4	257	1694	1	2014-05-27 00:00:00	2014-06-05 00:00:00	7623	609.84	190.575	2014-06-05 00:00:00
3086	4	4	261	1624	2	2014-05-27 00:00:00	2014-06-05 00:00:00	28297.5	2263.8	707.4375	2014-06-05 00:00:00
3087	4	4	251	1548	2	2014-05-27 00:00:00	2014-06-05 00:00:00	59.9445	4.7956	1.4986	2014-06-05 00:00:00
3088	5	4	253	1598	4	2014-05-27 00:00:00	2014-06-05 00:00:00	117.432	9.3946	2.9358	2014-06-05 00:00:00
3089	5	4	252	1658	5	2014-05-27 00:00:00	2014-06-05 00:00:00	43878.45	3510.276	1096.9613	2014-06-05 00:00:00
3090	4	4	256	1536	4	2014-05-27 00:00:00	2014-06-05 00:00:00	377.055	30.1644	9.4264	2014-06-05 00:00:00
3091	4	4	259	1568	1	2014-05-27 00:00:00	2014-06-05 00:00:00	18220.125	1457.61	455.5031	2014-06-05 00:00:00
3092	4	4	260	1648	5	2014-05-27 00:00:00	2014-06-05 00:00:00	142.4115	11.3929	3.5603	2014-06-05 00:00:00
3093	4	4	258	1646	5	2014-05-28 00:00:00	2014-06-06 00:00:00	19236.525	1538.922	480.9131	2014-06-06 00:00:00
3094	4	4	254	1672	4	2014-05-28 00:00:00	2014-06-06 00:00:00	285.0435	22.8035	7.1261	2014-06-06 00:00:00
3095	4	4	257	1600	1	2014-05-28 00:00:00	2014-06-06 00:00:00	1276.275	102.102	31.9069	2014-06-06 00:00:00
3096	4	4	261	1522	1	2014-05-28 00:00:00	2014-06-06 00:00:00	2003.925	160.314	50.0981	2014-06-06 00:00:00
3097	4	4	251	1570	2	2014-05-28 00:00:00	2014-06-06 00:00:00	50860.425	4068.834	1271.5106	2014-06-06 00:00:00
3098	4	4	253	1516	1	2014-05-28 00:00:00	2014-06-06 00:00:00	454.86	36.3888	11.3715	2014-06-06 00:00:00
3099	4	4	255	1506	5	2014-05-28 00:00:00	2014-06-06 00:00:00	43878.45	3510.276	1096.9613	2014-06-06 00:00:00
3100	4	4	252	1626	2	2014-05-28 00:00:00	2014-06-06 00:00:00	7132.125	570.57	178.3031	2014-06-06 00:00:00
3101	4	4	259	1542	2	2014-05-28 00:00:00	2014-06-06 00:00:00	28343.7	2267.496	708.5925	2014-06-06 00:00:00
3102	4	4	260	1610	4	2014-05-28 00:00:00	2014-06-06 00:00:00	22516.725	1801.338	562.9181	2014-06-06 00:00:00
3103	4	4	258	1638	5	2014-05-28 00:00:00	2014-06-06 00:00:00	34644.225	2771.538	866.1056	2014-06-06 00:00:00
3104	4	3	250	1582	5	2014-05-28 00:00:00	2014-06-06 00:00:00	278.838	22.307	6.971	2014-06-06 00:00:00
3105	4	4	257	1510	5	2014-05-28 00:00:00	2014-06-06 00:00:00	143.0415	11.4433	3.576	2014-06-06 00:00:00
3106	4	4	261	1526	2	2014-05-28 00:00:00	2014-06-06 00:00:00	28199.325	2255.946	704.9831	2014-06-06 00:00:00
3107	4	4	251	1644	1	2014-05-28 00:00:00	2014-06-06 00:00:00	3713.325	297.066	92.8331	2014-06-06 00:00:00
3108	4	4	253	1680	5	2014-05-28 00:00:00	2014-06-06 00:00:00	63831.075	5106.486	1595.7769	2014-06-06 00:00:00
3109	4	4	255	1584	5	2014-05-29 00:00:00	2014-06-07 00:00:00	6754.86	540.3888	168.8715	2014-06-07 00:00:00
3110	4	4	256	1620	5	2014-05-29 00:00:00	2014-06-07 00:00:00	5711.475	456.918	142.7869	2014-06-07 00:00:00
3111	4	4	259	1666	4	2014-05-29 00:00:00	2014-06-07 00:00:00	503.0865	40.2469	12.5772	2014-06-07 00:00:00
3112	4	4	260	1592	2	2014-05-29 00:00:00	2014-06-07 00:00:00	97.965	7.8372	2.4491	2014-06-07 00:00:00
3113	4	4	258	1618	4	2014-05-29 00:00:00	2014-06-07 00:00:00	114.471	9.1577	2.8618	2014-06-07 00:00:00
3114	4	4	254	1612	4	2014-05-29 00:00:00	2014-06-07 00:00:00	132.6465	10.6117	3.3162	2014-06-07 00:00:00
3115	4	4	257	1586	5	2014-05-29 00:00:00	2014-06-07 00:00:00	43878.45	3510.276	1096.9613	2014-06-07 00:00:00
3116	4	4	261	1500	1	2014-05-29 00:00:00	2014-06-07 00:00:00	418.95	33.516	10.4738	2014-06-07 00:00:00
3117	4	4	251	1656	4	2014-05-29 00:00:00	2014-06-07 00:00:00	824.355	65.9484	20.6089	2014-06-07 00:00:00
3118	4	4	253	1572	1	2014-05-29 00:00:00	2014-06-07 00:00:00	461.79	36.9432	11.5448	2014-06-07 00:00:00
3119	4	4	255	1562	4	2014-05-29 00:00:00	2014-06-07 00:00:00	630.378	50.4302	15.7595	2014-06-07 00:00:00
3120	4	4	256	1662	2	2014-05-29 00:00:00	2014-06-07 00:00:00	37.0755	2.966	0.9269	2014-06-07 00:00:00
3121	4	4	259	1682	4	2014-05-29 00:00:00	2014-06-07 00:00:00	21558.075	1724.646	538.9519	2014-06-07 00:00:00
3122	4	4	250	1686	4	2014-05-29 00:00:00	2014-06-07 00:00:00	234.6435	18.7715	5.8661	2014-06-07 00:00:00
3123	4	4	258	1684	4	2014-05-29 00:00:00	2014-06-07 00:00:00	45172.05	3613.764	1129.3013	2014-06-07 00:00:00
3124	4	4	254	1534	5	2014-05-29 00:00:00	2014-06-07 00:00:00	279.783	22.3826	6.9946	2014-06-07 00:00:00
3125	4	4	257	1614	5	2014-05-30 00:00:00	2014-06-08 00:00:00	1228.5	98.28	30.7125	2014-06-08 00:00:00
3126	4	4	261	1588	5	2014-05-30 00:00:00	2014-06-08 00:00:00	40471.2	3237.696	1011.78	2014-06-08 00:00:00
3127	4	4	251	1622	5	2014-05-30 00:00:00	2014-06-08 00:00:00	836.01	66.8808	20.9003	2014-06-08 00:00:00
3128	4	4	253	1632	5	2014-05-30 00:00:00	2014-06-08 00:00:00	62092.8	4967.424	1552.32	2014-06-08 00:00:00
3129	4	4	255	1608	5	2014-05-30 00:00:00	2014-06-08 00:00:00	5948.25	475.86	148.7063	2014-06-08 00:00:00
3130	4	4	256	1576	5	2014-05-30 00:00:00	2014-06-08 00:00:00	91117.95	7289.436	2277.9488	2014-06-08 00:00:00
3131	4	4	259	1590	1	2014-05-30 00:00:00	2014-06-08 00:00:00	525	42	13.125	2014-06-08 00:00:00
3132	4	4	260	1514	5	2014-05-30 00:00:00	2014-06-08 00:00:00	281.8935	22.5515	7.0473	2014-06-08 00:00:00
3133	4	4	250	1498	4	2014-05-30 00:00:00	2014-06-08 00:00:00	26455.275	2116.422	661.3819	2014-06-08 00:00:00
3134	4	4	254	1674	2	2014-05-30 00:00:00	2014-06-08 00:00:00	944.37	75.5496	23.6093	2014-06-08 00:00:00
3135	4	4	257	1652	4	2014-05-30 00:00:00	2014-06-08 00:00:00	51588.075	4127.046	1289.7019	2014-06-08 00:00:00
3136	4	4	261	1578	3	2014-05-30 00:00:00	2014-06-08 00:00:00	62843.55	5027.484	1571.0888	2014-06-08 00:00:00
3137	4	4	251	1538	5	2014-05-30 00:00:00	2014-06-08 00:00:00	37843.575	3027.486	946.0894	2014-06-08 00:00:00
3138	4	4	253	1556	4	2014-05-30 00:00:00	2014-06-08 00:00:00	25531.275	2042.502	638.2819	2014-06-08 00:00:00
3139	4	4	255	1554	4	2014-05-30 00:00:00	2014-06-08 00:00:00	234.9585	18.7967	5.874	2014-06-08 00:00:00
3140	4	4	256	1688	4	2014-05-30 00:00:00	2014-06-08 00:00:00	125.748	10.0598	3.1437	2014-06-08 00:00:00
3141	4	4	259	1580	5	2014-05-31 00:00:00	2014-06-09 00:00:00	150.7905	12.0632	3.7698	2014-06-09 00:00:00
3142	4	4	260	1496	5	2014-05-31 00:00:00	2014-06-09 00:00:00	273.7035	21.8963	6.8426	2014-06-09 00:00:00
3143	4	4	258	1494	2	2014-05-31 00:00:00	2014-06-09 00:00:00	8847.3	707.784	221.1825	2014-06-09 00:00:00
3144	4	4	254	1650	5	2014-05-31 00:00:00	2014-06-09 00:00:00	171.0765	13.6861	4.2769	2014-06-09 00:00:00
3145	4	4	257	1654	4	2014-06-02 00:00:00	2014-06-11 00:00:00	20397.3	1631.784	509.9325	2014-06-11 00:00:00
3146	4	4	261	1664	3	2014-06-02 00:00:00	2014-06-11 00:00:00	14628.075	1170.246	365.7019	2014-06-11 00:00:00
3147	4	4	251	1678	3	2014-06-02 00:00:00	2014-06-11 00:00:00	58685.55	4694.844	1467.1388	2014-06-11 00:00:00
3148	4	4	253	1616	5	2014-06-02 00:00:00	2014-06-11 00:00:00	693.378	55.4702	17.3345	2014-06-11 00:00:00
3149	4	4	255	1492	4	2014-06-02 00:00:00	2014-06-11 00:00:00	234.9585	18.7967	5.874	2014-06-11 00:00:00
3150	4	4	256	1602	5	2014-06-02 00:00:00	2014-06-11 00:00:00	1796.0355	143.6828	44.9009	2014-06-11 00:00:00
3151	4	4	252	1540	4	2014-06-02 00:00:00	2014-06-11 00:00:00	514.7415	41.1793	12.8685	2014-06-11 00:00:00
3152	4	4	260	1628	5	2014-06-02 00:00:00	2014-06-11 00:00:00	34644.225	2771.538	866.1056	2014-06-11 00:00:00
3153	4	4	258	1604	3	2014-06-02 00:00:00	2014-06-11 00:00:00	1581.93	126.5544	39.5483	2014-06-11 00:00:00
3154	4	4	254	1690	5	2014-06-02 00:00:00	2014-06-11 00:00:00	146.286	11.7029	3.6572	2014-06-11 00:00:00
3155	4	4	257	1566	5	2014-06-02 00:00:00	2014-06-11 00:00:00	102.564	8.2051	2.5641	2014-06-11 00:00:00
3156	4	4	261	1698	5	2014-06-02 00:00:00	2014-06-11 00:00:00	150.7905	12.0632	3.7698	2014-06-11 00:00:00
3157	4	4	250	1560	5	2014-06-02 00:00:00	2014-06-11 00:00:00	13669.425	1093.554	341.7356	2014-06-11 00:00:00
3158	4	4	253	1692	5	2014-06-02 00:00:00	2014-06-11 00:00:00	16393.23	1311.4584	409.8308	2014-06-11 00:00:00
3159	6	4	255	1696	2	2014-06-02 00:00:00	2014-06-11 00:00:00	79204.125	6336.33	1980.1031	2014-06-11 00:00:00
3160	4	4	256	1504	1	2014-06-02 00:00:00	2014-06-11 00:00:00	551.88	44.1504	13.797	2014-06-11 00:00:00
3161	4	4	259	1544	1	2014-06-03 00:00:00	2014-06-12 00:00:00	3176.25	254.1	79.4063	2014-06-12 00:00:00
3162	4	4	260	1530	2	2014-06-03 00:00:00	2014-06-12 00:00:00	28072.275	2245.782	701.8069	2014-06-12 00:00:00
3163	4	4	258	1508	1	2014-06-03 00:00:00	2014-06-12 00:00:00	1917.3	153.384	47.9325	2014-06-12 00:00:00
3164	4	4	254	1694	1	2014-06-03 00:00:00	2014-06-12 00:00:00	4215.75	337.26	105.3938	2014-06-12 00:00:00
3165	4	4	252	1624	2	2014-06-03 00:00:00	2014-06-12 00:00:00	28297.5	2263.8	707.4375	2014-06-12 00:00:00
3166	4	4	261	1548	2	2014-06-03 00:00:00	2014-06-12 00:00:00	59.9445	4.7956	1.4986	2014-06-12 00:00:00
3167	4	4	251	1598	4	2014-06-03 00:00:00	2014-06-12 00:00:00	722.61	57.8088	18.0653	2014-06-12 00:00:00
3168	4	4	253	1658	5	2014-06-03 00:00:00	2014-06-12 00:00:00	43878.45	3510.276	1096.9613	2014-06-12 00:00:00
3169	4	4	255	1536	4	2014-06-03 00:00:00	2014-06-12 00:00:00	592.7985	47.4239	14.82	2014-06-12 00:00:00
3170	4	4	256	1568	1	2014-06-03 00:00:00	2014-06-12 00:00:00	13825.35	1106.028	345.6338	2014-06-12 00:00:00
3171	4	4	259	1648	5	2014-06-03 00:00:00	2014-06-12 00:00:00	142.4115	11.3929	3.5603	2014-06-12 00:00:00
3172	4	4	260	1646	2	2014-06-03 00:00:00	2014-06-12 00:00:00	28794.15	2303.532	719.8538	2014-06-12 00:00:00
3173	4	4	258	1672	4	2014-06-03 00:00:00	2014-06-12 00:00:00	408.555	32.6844	10.2139	2014-06-12 00:00:00
3174	4	4	254	1600	1	2014-06-03 00:00:00	2014-06-12 00:00:00	1276.275	102.102	31.9069	2014-06-12 00:00:00
3175	4	4	257	1522	1	2014-06-03 00:00:00	2014-06-12 00:00:00	2003.925	160.314	50.0981	2014-06-12 00:00:00
3176	4	4	261	1570	2	2014-06-03 00:00:00	2014-06-12 00:00:00	50860.425	4068.834	1271.5106	2014-06-12 00:00:00
3177	4	4	251	1516	1	2014-06-04 00:00:00	2014-06-13 00:00:00	454.86	36.3888	11.3715	2014-06-13 00:00:00
3178	4	4	253	1506	5	2014-06-04 00:00:00	2014-06-13 00:00:00	43878.45	3510.276	1096.9613	2014-06-13 00:00:00
3179	4	4	255	1626	2	2014-06-04 00:00:00	2014-06-13 00:00:00	7132.125	570.57	178.3031	2014-06-13 00:00:00
3180	4	4	256	1542	2	2014-06-04 00:00:00	2014-06-13 00:00:00	28343.7	2267.496	708.5925	2014-06-13 00:00:00
3181	4	4	259	1610	4	2014-06-04 00:00:00	2014-06-13 00:00:00	22516.725	1801.338	562.9181	2014-06-13 00:00:00
3182	4	4	260	1638	5	2014-06-04 00:00:00	2014-06-13 00:00:00	34644.225	2771.538	866.1056	2014-06-13 00:00:00
3183	4	4	258	1582	5	2014-06-04 00:00:00	2014-06-13 00:00:00	415.3275	33.2262	10.3832	2014-06-13 00:00:00
3184	4	4	254	1510	5	2014-06-04 00:00:00	2014-06-13 00:00:00	143.0415	11.4433	3.576	2014-06-13 00:00:00
3185	4	4	257	1526	2	2014-06-04 00:00:00	2014-06-13 00:00:00	28199.325	2255.946	704.9831	2014-06-13 00:00:00
3186	5	4	261	1644	1	2014-06-04 00:00:00	2014-06-13 00:00:00	3713.325	297.066	92.8331	2014-06-13 00:00:00
3187	4	4	251	1680	5	2014-06-04 00:00:00	2014-06-13 00:00:00	63831.075	5106.486	1595.7769	2014-06-13 00:00:00
3188	4	4	253	1584	5	2014-06-04 00:00:00	2014-06-13 00:00:00	16340.31	1307.2248	408.5078	2014-06-13 00:00:00
3189	4	4	252	1620	5	2014-06-04 00:00:00	2014-06-13 00:00:00	5711.475	456.918	142.7869	2014-06-13 00:00:00
3190	4	4	256	1666	4	2014-06-04 00:00:00	2014-06-13 00:00:00	360.045	28.8036	9.0011	2014-06-13 00:00:00
3191	4	4	259	1592	2	2014-06-04 00:00:00	2014-06-13 00:00:00	97.965	7.8372	2.4491	2014-06-13 00:00:00
3192	4	4	260	1618	4	2014-06-04 00:00:00	2014-06-13 00:00:00	114.471	9.1577	2.8618	2014-06-13 00:00:00
3193	4	4	258	1612	4	2014-06-05 00:00:00	2014-06-14 00:00:00	132.6465	10.6117	3.3162	2014-06-14 00:00:00
3194	4	4	254	1586	5	2014-06-05 00:00:00	2014-06-14 00:00:00	43878.45	3510.276	1096.9613	2014-06-14 00:00:00
3195	4	4	257	1500	1	2014-06-05 00:00:00	2014-06-14 00:00:00	418.95	33.516	10.4738	2014-06-14 00:00:00
3196	4	4	261	1656	4	2014-06-05 00:00:00	2014-06-14 00:00:00	525.7665	42.0613	13.1442	2014-06-14 00:00:00
3197	4	4	251	1572	1	2014-06-05 00:00:00	2014-06-14 00:00:00	461.79	36.9432	11.5448	2014-06-14 00:00:00
3198	4	4	253	1562	4	2014-06-05 00:00:00	2014-06-14 00:00:00	481.887	38.551	12.0472	2014-06-14 00:00:00
3199	4	4	255	1662	2	2014-06-05 00:00:00	2014-06-14 00:00:00	37.0755	2.966	0.9269	2014-06-14 00:00:00
3200	4	4	252	1682	4	2014-06-05 00:00:00	2014-06-14 00:00:00	21558.075	1724.646	538.9519	2014-06-14 00:00:00
3201	4	4	259	1686	4	2014-06-05 00:00:00	2014-06-14 00:00:00	475.6815	38.0545	11.892	2014-06-14 00:00:00
3202	4	4	260	1684	5	2014-06-05 00:00:00	2014-06-14 00:00:00	41048.7	3283.896	1026.2175	2014-06-14 00:00:00
3203	4	4	258	1534	5	2014-06-05 00:00:00	2014-06-14 00:00:00	416.745	33.3396	10.4186	2014-06-14 00:00:00
3204	4	3	250	1614	5	2014-06-05 00:00:00	2014-06-14 00:00:00	279.153	22.3322	6.9788	2014-06-14 00:00:00
3205	4	4	257	1588	5	2014-06-05 00:00:00	2014-06-14 00:00:00	40471.2	3237.696	1011.78	2014-06-14 00:00:00
3206	4	4	261	1622	4	2014-06-05 00:00:00	2014-06-14 00:00:00	389.655	31.1724	9.7414	2014-06-14 00:00:00
3207	4	4	251	1632	5	2014-06-05 00:00:00	2014-06-14 00:00:00	62092.8	4967.424	1552.32	2014-06-14 00:00:00
3208	4	4	253	1608	5	2014-06-05 00:00:00	2014-06-14 00:00:00	5948.25	475.86	148.7063	2014-06-14 00:00:00
3209	4	4	255	1576	5	2014-06-06 00:00:00	2014-06-15 00:00:00	91117.95	7289.436	2277.9488	2014-06-15 00:00:00
3210	4	4	256	1590	1	2014-06-06 00:00:00	2014-06-15 00:00:00	525	42	13.125	2014-06-15 00:00:00
3211	4	4	259	1514	3	2014-06-06 00:00:00	2014-06-15 00:00:00	1721.79	137.7432	43.0448	2014-06-15 00:00:00
3212	4	4	260	1498	4	2014-06-06 00:00:00	2014-06-15 00:00:00	26455.275	2116.422	661.3819	2014-06-15 00:00:00
3213	4	4	258	1674	2	2014-06-06 00:00:00	2014-06-15 00:00:00	944.37	75.5496	23.6093	2014-06-15 00:00:00
3214	4	4	254	1652	4	2014-06-06 00:00:00	2014-06-15 00:00:00	44594.55	3567.564	1114.8638	2014-06-15 00:00:00
3215	4	4	257	1578	3	2014-06-06 00:00:00	2014-06-15 00:00:00	62843.55	5027.484	1571.0888	2014-06-15 00:00:00
3216	4	4	261	1538	5	2014-06-06 00:00:00	2014-06-15 00:00:00	37843.575	3027.486	946.0894	2014-06-15 00:00:00
3217	5	4	251	1556	4	2014-06-06 00:00:00	2014-06-15 00:00:00	25531.275	2042.502	638.2819	2014-06-15 00:00:00
3218	4	4	253	1554	5	2014-06-06 00:00:00	2014-06-15 00:00:00	694.1655	55.5332	17.3541	2014-06-15 00:00:00
3219	4	4	255	1688	4	2014-06-06 00:00:00	2014-06-15 00:00:00	125.748	10.0598	3.1437	2014-06-15 00:00:00
3220	7	4	256	1580	5	2014-06-06 00:00:00	2014-06-15 00:00:00	150.7905	12.0632	3.7698	2014-06-15 00:00:00
3221	4	4	259	1496	4	2014-06-06 00:00:00	2014-06-15 00:00:00	503.0865	40.2469	12.5772	2014-06-15 00:00:00
3222	4	4	250	1494	2	2014-06-06 00:00:00	2014-06-15 00:00:00	8847.3	707.784	221.1825	2014-06-15 00:00:00
3223	4	4	258	1650	5	2014-06-06 00:00:00	2014-06-15 00:00:00	171.0765	13.6861	4.2769	2014-06-15 00:00:00
3224	4	4	254	1654	4	2014-06-06 00:00:00	2014-06-15 00:00:00	20397.3	1631.784	509.9325	2014-06-15 00:00:00
3225	4	4	257	1664	3	2014-06-07 00:00:00	2014-06-16 00:00:00	14628.075	1170.246	365.7019	2014-06-16 00:00:00
3226	4	4	261	1678	3	2014-06-07 00:00:00	2014-06-16 00:00:00	58685.55	4694.844	1467.1388	2014-06-16 00:00:00
3227	4	4	251	1616	5	2014-06-07 00:00:00	2014-06-16 00:00:00	773.01	61.8408	19.3253	2014-06-16 00:00:00
3228	4	4	253	1492	5	2014-06-07 00:00:00	2014-06-16 00:00:00	694.1655	55.5332	17.3541	2014-06-16 00:00:00
3229	4	4	255	1602	5	2014-06-07 00:00:00	2014-06-16 00:00:00	1796.0355	143.6828	44.9009	2014-06-16 00:00:00
3230	4	4	256	1540	5	2014-06-07 00:00:00	2014-06-16 00:00:00	416.745	33.3396	10.4186	2014-06-16 00:00:00
3231	6	4	259	1628	5	2014-06-07 00:00:00	2014-06-16 00:00:00	34644.225	2771.538	866.1056	2014-06-16 00:00:00
3232	4	4	260	1604	4	2014-06-07 00:00:00	2014-06-16 00:00:00	257.5755	20.606	6.4394	2014-06-16 00:00:00
3233	4	4	250	1690	5	2014-06-09 00:00:00	2014-06-18 00:00:00	146.286	11.7029	3.6572	2014-06-18 00:00:00
3234	4	4	254	1566	5	2014-06-09 00:00:00	2014-06-18 00:00:00	102.564	8.2051	2.5641	2014-06-18 00:00:00
3235	4	4	257	1698	5	2014-06-09 00:00:00	2014-06-18 00:00:00	150.7905	12.0632	3.7698	2014-06-18 00:00:00
3236	4	4	261	1560	5	2014-06-09 00:00:00	2014-06-18 00:00:00	13669.425	1093.554	341.7356	2014-06-18 00:00:00
3237	4	4	251	1692	5	2014-06-09 00:00:00	2014-06-18 00:00:00	16393.23	1311.4584	409.8308	2014-06-18 00:00:00
3238	4	4	253	1696	4	2014-06-09 00:00:00	2014-06-18 00:00:00	22516.725	1801.338	562.9181	2014-06-18 00:00:00
3239	4	4	255	1504	1	2014-06-09 00:00:00	2014-06-18 00:00:00	551.88	44.1504	13.797	2014-06-18 00:00:00
3240	4	4	256	1544	1	2014-06-09 00:00:00	2014-06-18 00:00:00	6987.75	559.02	174.6938	2014-06-18 00:00:00
3241	4	4	259	1530	2	2014-06-09 00:00:00	2014-06-18 00:00:00	28072.275	2245.782	701.8069	2014-06-18 00:00:00
3242	6	4	260	1508	1	2014-06-09 00:00:00	2014-06-18 00:00:00	35394.975	2831.598	884.8744	2014-06-18 00:00:00
3243	4	4	258	1694	1	2014-06-09 00:00:00	2014-06-18 00:00:00	3407.25	272.58	85.1813	2014-06-18 00:00:00
3244	5	4	254	1624	2	2014-06-09 00:00:00	2014-06-18 00:00:00	28297.5	2263.8	707.4375	2014-06-18 00:00:00
3245	4	4	257	1548	2	2014-06-09 00:00:00	2014-06-18 00:00:00	59.9445	4.7956	1.4986	2014-06-18 00:00:00
3246	4	4	261	1598	4	2014-06-09 00:00:00	2014-06-18 00:00:00	332.955	26.6364	8.3239	2014-06-18 00:00:00
3247	4	4	251	1658	5	2014-06-09 00:00:00	2014-06-18 00:00:00	43878.45	3510.276	1096.9613	2014-06-18 00:00:00
3248	4	4	253	1536	4	2014-06-09 00:00:00	2014-06-18 00:00:00	544.572	43.5658	13.6143	2014-06-18 00:00:00
3249	4	4	255	1568	2	2014-06-10 00:00:00	2014-06-19 00:00:00	36405.6	2912.448	910.14	2014-06-19 00:00:00
3250	4	4	256	1648	5	2014-06-10 00:00:00	2014-06-19 00:00:00	142.4115	11.3929	3.5603	2014-06-19 00:00:00
3251	4	4	252	1646	5	2014-06-10 00:00:00	2014-06-19 00:00:00	19236.525	1538.922	480.9131	2014-06-19 00:00:00
3252	4	4	260	1672	4	2014-06-10 00:00:00	2014-06-19 00:00:00	253.323	20.2658	6.3331	2014-06-19 00:00:00
3253	4	4	258	1600	1	2014-06-10 00:00:00	2014-06-19 00:00:00	1276.275	102.102	31.9069	2014-06-19 00:00:00
3254	4	4	254	1522	1	2014-06-10 00:00:00	2014-06-19 00:00:00	2003.925	160.314	50.0981	2014-06-19 00:00:00
3255	4	4	257	1570	2	2014-06-10 00:00:00	2014-06-19 00:00:00	50860.425	4068.834	1271.5106	2014-06-19 00:00:00
3256	4	4	261	1516	1	2014-06-10 00:00:00	2014-06-19 00:00:00	454.86	36.3888	11.3715	2014-06-19 00:00:00
3257	4	4	250	1506	5	2014-06-10 00:00:00	2014-06-19 00:00:00	43878.45	3510.276	1096.9613	2014-06-19 00:00:00
3258	4	4	253	1626	2	2014-06-10 00:00:00	2014-06-19 00:00:00	7132.125	570.57	178.3031	2014-06-19 00:00:00
3259	4	4	255	1542	2	2014-06-10 00:00:00	2014-06-19 00:00:00	28343.7	2267.496	708.5925	2014-06-19 00:00:00
3260	4	4	256	1610	4	2014-06-10 00:00:00	2014-06-19 00:00:00	22516.725	1801.338	562.9181	2014-06-19 00:00:00
3261	4	4	259	1638	5	2014-06-10 00:00:00	2014-06-19 00:00:00	34644.225	2771.538	866.1056	2014-06-19 00:00:00
3262	4	4	260	1582	5	2014-06-10 00:00:00	2014-06-19 00:00:00	272.7585	21.8207	6.819	2014-06-19 00:00:00
3263	4	4	258	1510	5	2014-06-10 00:00:00	2014-06-19 00:00:00	143.0415	11.4433	3.576	2014-06-19 00:00:00
3264	4	4	254	1526	2	2014-06-10 00:00:00	2014-06-19 00:00:00	28199.325	2255.946	704.9831	2014-06-19 00:00:00
3265	4	4	252	1644	1	2014-06-11 00:00:00	2014-06-20 00:00:00	3713.325	297.066	92.8331	2014-06-20 00:00:00
3266	4	4	261	1680	5	2014-06-11 00:00:00	2014-06-20 00:00:00	63831.075	5106.486	1595.7769	2014-06-20 00:00:00
3267	4	4	251	1584	5	2014-06-11 00:00:00	2014-06-20 00:00:00	16340.31	1307.2248	408.5078	2014-06-20 00:00:00
3268	4	4	253	1620	5	2014-06-11 00:00:00	2014-06-20 00:00:00	5711.475	456.918	142.7869	2014-06-20 00:00:00
3269	4	4	255	1666	4	2014-06-11 00:00:00	2014-06-20 00:00:00	235.9035	18.8723	5.8976	2014-06-20 00:00:00
3270	4	4	256	1592	2	2014-06-11 00:00:00	2014-06-20 00:00:00	97.965	7.8372	2.4491	2014-06-20 00:00:00
3271	4	4	259	1618	4	2014-06-11 00:00:00	2014-06-20 00:00:00	114.471	9.1577	2.8618	2014-06-20 00:00:00
3272	4	4	260	1612	4	2014-06-11 00:00:00	2014-06-20 00:00:00	132.6465	10.6117	3.3162	2014-06-20 00:00:00
3273	4	4	258	1586	5	2014-06-11 00:00:00	2014-06-20 00:00:00	43878.45	3510.276	1096.9613	2014-06-20 00:00:00
3274	4	4	254	1500	1	2014-06-11 00:00:00	2014-06-20 00:00:00	418.95	33.516	10.4738	2014-06-20 00:00:00
3275	4	4	257	1656	4	2014-06-11 00:00:00	2014-06-20 00:00:00	3413.2455	273.0596	85.3311	2014-06-20 00:00:00
3276	4	4	261	1572	1	2014-06-11 00:00:00	2014-06-20 00:00:00	461.79	36.9432	11.5448	2014-06-20 00:00:00
3277	4	4	251	1562	4	2014-06-11 00:00:00	2014-06-20 00:00:00	760.41	60.8328	19.0103	2014-06-20 00:00:00
3278	4	4	253	1662	2	2014-06-11 00:00:00	2014-06-20 00:00:00	37.0755	2.966	0.9269	2014-06-20 00:00:00
3279	6	4	255	1682	4	2014-06-11 00:00:00	2014-06-20 00:00:00	21558.075	1724.646	538.9519	2014-06-20 00:00:00
3280	4	4	256	1686	4	2014-06-11 00:00:00	2014-06-20 00:00:00	422.1	33.768	10.5525	2014-06-20 00:00:00
3281	4	4	259	1684	4	2014-06-12 00:00:00	2014-06-21 00:00:00	45172.05	3613.764	1129.3013	2014-06-21 00:00:00
3282	4	4	260	1534	5	2014-06-12 00:00:00	2014-06-21 00:00:00	273.7035	21.8963	6.8426	2014-06-21 00:00:00
3283	4	4	258	1614	5	2014-06-12 00:00:00	2014-06-21 00:00:00	415.8	33.264	10.395	2014-06-21 00:00:00
3284	4	4	254	1588	5	2014-06-12 00:00:00	2014-06-21 00:00:00	40471.2	3237.696	1011.78	2014-06-21 00:00:00
3285	4	4	257	1622	5	2014-06-12 00:00:00	2014-06-21 00:00:00	1225.665	98.0532	30.6416	2014-06-21 00:00:00
3286	4	4	261	1632	5	2014-06-12 00:00:00	2014-06-21 00:00:00	62092.8	4967.424	1552.32	2014-06-21 00:00:00
3287	4	4	251	1608	5	2014-06-12 00:00:00	2014-06-21 00:00:00	5948.25	475.86	148.7063	2014-06-21 00:00:00
3288	4	4	253	1576	5	2014-06-12 00:00:00	2014-06-21 00:00:00	91117.95	7289.436	2277.9488	2014-06-21 00:00:00
3289	4	4	252	1590	1	2014-06-12 00:00:00	2014-06-21 00:00:00	525	42	13.125	2014-06-21 00:00:00
3290	4	4	256	1514	5	2014-06-12 00:00:00	2014-06-21 00:00:00	2003.6835	160.2947	50.0921	2014-06-21 00:00:00
3291	4	4	259	1498	4	2014-06-12 00:00:00	2014-06-21 00:00:00	26455.275	2116.422	661.3819	2014-06-21 00:00:00
3292	4	4	260	1674	2	2014-06-12 00:00:00	2014-06-21 00:00:00	944.37	75.5496	23.6093	2014-06-21 00:00:00
3293	4	4	258	1652	1	2014-06-12 00:00:00	2014-06-21 00:00:00	6993.525	559.482	174.8381	2014-06-21 00:00:00
3294	4	4	254	1578	3	2014-06-12 00:00:00	2014-06-21 00:00:00	36122.625	2889.81	903.0656	2014-06-21 00:00:00
3295	4	4	257	1538	5	2014-06-12 00:00:00	2014-06-21 00:00:00	37843.575	3027.486	946.0894	2014-06-21 00:00:00
3296	4	4	261	1556	4	2014-06-12 00:00:00	2014-06-21 00:00:00	25531.275	2042.502	638.2819	2014-06-21 00:00:00
3297	4	4	251	1554	5	2014-06-13 00:00:00	2014-06-22 00:00:00	773.955	61.9164	19.3489	2014-06-22 00:00:00
3298	4	4	253	1688	4	2014-06-13 00:00:00	2014-06-22 00:00:00	125.748	10.0598	3.1437	2014-06-22 00:00:00
3299	4	4	255	1580	5	2014-06-13 00:00:00	2014-06-22 00:00:00	150.7905	12.0632	3.7698	2014-06-22 00:00:00
3300	4	4	252	1496	4	2014-06-13 00:00:00	2014-06-22 00:00:00	360.045	28.8036	9.0011	2014-06-22 00:00:00
3301	4	4	259	1494	2	2014-06-13 00:00:00	2014-06-22 00:00:00	8847.3	707.784	221.1825	2014-06-22 00:00:00
3302	4	4	260	1650	5	2014-06-13 00:00:00	2014-06-22 00:00:00	171.0765	13.6861	4.2769	2014-06-22 00:00:00
3303	4	4	258	1654	4	2014-06-13 00:00:00	2014-06-22 00:00:00	20397.3	1631.784	509.9325	2014-06-22 00:00:00
3304	4	3	250	1664	3	2014-06-13 00:00:00	2014-06-22 00:00:00	14628.075	1170.246	365.7019	2014-06-22 00:00:00
3305	4	4	257	1678	3	2014-06-13 00:00:00	2014-06-22 00:00:00	58685.55	4694.844	1467.1388	2014-06-22 00:00:00
3306	4	4	261	1616	4	2014-06-13 00:00:00	2014-06-22 00:00:00	481.887	38.551	12.0472	2014-06-22 00:00:00
3307	4	4	251	1492	5	2014-06-13 00:00:00	2014-06-22 00:00:00	773.955	61.9164	19.3489	2014-06-22 00:00:00
3308	4	4	253	1602	5	2014-06-13 00:00:00	2014-06-22 00:00:00	1796.0355	143.6828	44.9009	2014-06-22 00:00:00
3309	5	4	255	1540	5	2014-06-13 00:00:00	2014-06-22 00:00:00	658.9485	52.7159	16.4737	2014-06-22 00:00:00
3310	4	4	256	1628	5	2014-06-13 00:00:00	2014-06-22 00:00:00	34644.225	2771.538	866.1056	2014-06-22 00:00:00
3311	4	4	259	1604	3	2014-06-13 00:00:00	2014-06-22 00:00:00	1581.93	126.5544	39.5483	2014-06-22 00:00:00
3312	4	4	260	1690	5	2014-06-13 00:00:00	2014-06-22 00:00:00	146.286	11.7029	3.6572	2014-06-22 00:00:00
3313	4	4	258	1566	5	2014-06-16 00:00:00	2014-06-25 00:00:00	102.564	8.2051	2.5641	2014-06-25 00:00:00
3314	4	4	254	1698	5	2014-06-16 00:00:00	2014-06-25 00:00:00	150.7905	12.0632	3.7698	2014-06-25 00:00:00
3315	4	4	257	1560	5	2014-06-16 00:00:00	2014-06-25 00:00:00	13669.425	1093.554	341.7356	2014-06-25 00:00:00
3316	4	4	261	1692	5	2014-06-16 00:00:00	2014-06-25 00:00:00	13458.69	1076.6952	336.4673	2014-06-25 00:00:00
3317	4	4	251	1696	2	2014-06-16 00:00:00	2014-06-25 00:00:00	101720.85	8137.668	2543.0213	2014-06-25 00:00:00
3318	4	4	253	1504	1	2014-06-16 00:00:00	2014-06-25 00:00:00	551.88	44.1504	13.797	2014-06-25 00:00:00
3319	4	4	255	1544	1	2014-06-16 00:00:00	2014-06-25 00:00:00	6987.75	559.02	174.6938	2014-06-25 00:00:00
3320	5	4	256	1530	2	2014-06-16 00:00:00	2014-06-25 00:00:00	28072.275	2245.782	701.8069	2014-06-25 00:00:00
3321	4	4	259	1508	1	2014-06-16 00:00:00	2014-06-25 00:00:00	1917.3	153.384	47.9325	2014-06-25 00:00:00
3322	4	4	250	1694	1	2014-06-16 00:00:00	2014-06-25 00:00:00	4215.75	337.26	105.3938	2014-06-25 00:00:00
3323	4	4	258	1624	2	2014-06-16 00:00:00	2014-06-25 00:00:00	28297.5	2263.8	707.4375	2014-06-25 00:00:00
3324	4	4	254	1548	2	2014-06-16 00:00:00	2014-06-25 00:00:00	59.9445	4.7956	1.4986	2014-06-25 00:00:00
3325	4	4	257	1598	4	2014-06-16 00:00:00	2014-06-25 00:00:00	1055.565	84.4452	26.3891	2014-06-25 00:00:00
3326	4	4	261	1658	5	2014-06-16 00:00:00	2014-06-25 00:00:00	43878.45	3510.276	1096.9613	2014-06-25 00:00:00
3327	4	4	251	1536	4	2014-06-16 00:00:00	2014-06-25 00:00:00	722.4525	57.7962	18.0613	2014-06-25 00:00:00
3328	4	4	253	1568	2	2014-06-16 00:00:00	2014-06-25 00:00:00	24318.525	1945.482	607.9631	2014-06-25 00:00:00
3329	4	4	255	1648	5	2014-06-17 00:00:00	2014-06-26 00:00:00	142.4115	11.3929	3.5603	2014-06-26 00:00:00
3330	4	4	256	1646	2	2014-06-17 00:00:00	2014-06-26 00:00:00	48030.675	3842.454	1200.7669	2014-06-26 00:00:00
3331	5	4	259	1672	2	2014-06-17 00:00:00	2014-06-26 00:00:00	50860.425	4068.834	1271.5106	2014-06-26 00:00:00
3332	4	4	260	1600	1	2014-06-17 00:00:00	2014-06-26 00:00:00	1276.275	102.102	31.9069	2014-06-26 00:00:00
3333	4	4	250	1522	1	2014-06-17 00:00:00	2014-06-26 00:00:00	2003.925	160.314	50.0981	2014-06-26 00:00:00
3334	4	4	254	1570	2	2014-06-17 00:00:00	2014-06-26 00:00:00	28343.7	2267.496	708.5925	2014-06-26 00:00:00
3335	4	4	257	1516	1	2014-06-17 00:00:00	2014-06-26 00:00:00	454.86	36.3888	11.3715	2014-06-26 00:00:00
3336	4	4	261	1506	5	2014-06-17 00:00:00	2014-06-26 00:00:00	43878.45	3510.276	1096.9613	2014-06-26 00:00:00
3337	4	4	251	1626	2	2014-06-17 00:00:00	2014-06-26 00:00:00	7132.125	570.57	178.3031	2014-06-26 00:00:00
3338	4	4	253	1542	2	2014-06-17 00:00:00	2014-06-26 00:00:00	28343.7	2267.496	708.5925	2014-06-26 00:00:00
3339	4	4	255	1610	4	2014-06-17 00:00:00	2014-06-26 00:00:00	22516.725	1801.338	562.9181	2014-06-26 00:00:00
3340	4	4	256	1638	5	2014-06-17 00:00:00	2014-06-26 00:00:00	34644.225	2771.538	866.1056	2014-06-26 00:00:00
3341	4	4	259	1582	4	2014-06-17 00:00:00	2014-06-26 00:00:00	501.1965	40.0957	12.5299	2014-06-26 00:00:00
3342	4	4	260	1510	5	2014-06-17 00:00:00	2014-06-26 00:00:00	143.0415	11.4433	3.576	2014-06-26 00:00:00
3343	4	4	258	1526	2	2014-06-17 00:00:00	2014-06-26 00:00:00	28199.325	2255.946	704.9831	2014-06-26 00:00:00
3344	4	4	254	1644	1	2014-06-17 00:00:00	2014-06-26 00:00:00	3713.325	297.066	92.8331	2014-06-26 00:00:00
3345	4	4	257	1680	5	2014-06-18 00:00:00	2014-06-27 00:00:00	63831.075	5106.486	1595.7769	2014-06-27 00:00:00
3346	4	4	261	1584	5	2014-06-18 00:00:00	2014-06-27 00:00:00	13361.04	1068.8832	334.026	2014-06-27 00:00:00
3347	4	4	251	1620	5	2014-06-18 00:00:00	2014-06-27 00:00:00	5711.475	456.918	142.7869	2014-06-27 00:00:00
3348	4	4	253	1666	5	2014-06-18 00:00:00	2014-06-27 00:00:00	696.528	55.7222	17.4132	2014-06-27 00:00:00
3349	4	4	255	1592	2	2014-06-18 00:00:00	2014-06-27 00:00:00	97.965	7.8372	2.4491	2014-06-27 00:00:00
3350	4	4	256	1618	4	2014-06-18 00:00:00	2014-06-27 00:00:00	114.471	9.1577	2.8618	2014-06-27 00:00:00
3351	4	4	252	1612	4	2014-06-18 00:00:00	2014-06-27 00:00:00	132.6465	10.6117	3.3162	2014-06-27 00:00:00
3352	4	4	260	1586	5	2014-06-18 00:00:00	2014-06-27 00:00:00	43878.45	3510.276	1096.9613	2014-06-27 00:00:00
3353	4	4	258	1500	1	2014-06-18 00:00:00	2014-06-27 00:00:00	418.95	33.516	10.4738	2014-06-27 00:00:00
3354	4	4	254	1656	4	2014-06-18 00:00:00	2014-06-27 00:00:00	272.4435	21.7955	6.8111	2014-06-27 00:00:00
3355	6	4	257	1572	1	2014-06-18 00:00:00	2014-06-27 00:00:00	461.79	36.9432	11.5448	2014-06-27 00:00:00
3356	4	4	261	1562	4	2014-06-18 00:00:00	2014-06-27 00:00:00	462.7665	37.0213	11.5692	2014-06-27 00:00:00
3357	4	4	250	1662	2	2014-06-18 00:00:00	2014-06-27 00:00:00	37.0755	2.966	0.9269	2014-06-27 00:00:00
3358	4	4	253	1682	4	2014-06-18 00:00:00	2014-06-27 00:00:00	21558.075	1724.646	538.9519	2014-06-27 00:00:00
3359	4	4	255	1686	4	2014-06-18 00:00:00	2014-06-27 00:00:00	663.6735	53.0939	16.5918	2014-06-27 00:00:00
3360	5	4	256	1684	5	2014-06-18 00:00:00	2014-06-27 00:00:00	65240.175	5219.214	1631.0044	2014-06-27 00:00:00
3361	4	4	259	1534	4	2014-06-19 00:00:00	2014-06-28 00:00:00	503.0865	40.2469	12.5772	2014-06-28 00:00:00
3362	4	4	260	1614	5	2014-06-19 00:00:00	2014-06-28 00:00:00	273.0735	21.8459	6.8268	2014-06-28 00:00:00
3363	4	4	258	1588	5	2014-06-19 00:00:00	2014-06-28 00:00:00	40471.2	3237.696	1011.78	2014-06-28 00:00:00
3364	4	4	254	1622	5	2014-06-19 00:00:00	2014-06-28 00:00:00	278.523	22.2818	6.9631	2014-06-28 00:00:00
3365	4	4	252	1632	5	2014-06-19 00:00:00	2014-06-28 00:00:00	62092.8	4967.424	1552.32	2014-06-28 00:00:00
3366	4	4	261	1608	5	2014-06-19 00:00:00	2014-06-28 00:00:00	5948.25	475.86	148.7063	2014-06-28 00:00:00
3367	4	4	251	1576	5	2014-06-19 00:00:00	2014-06-28 00:00:00	91117.95	7289.436	2277.9488	2014-06-28 00:00:00
3368	4	4	253	1590	1	2014-06-19 00:00:00	2014-06-28 00:00:00	525	42	13.125	2014-06-28 00:00:00
3369	4	4	255	1514	5	2014-06-19 00:00:00	2014-06-28 00:00:00	2003.6835	160.2947	50.0921	2014-06-28 00:00:00
3370	4	4	256	1498	4	2014-06-19 00:00:00	2014-06-28 00:00:00	26455.275	2116.422	661.3819	2014-06-28 00:00:00
3371	4	4	259	1674	2	2014-06-19 00:00:00	2014-06-28 00:00:00	944.37	75.5496	23.6093	2014-06-28 00:00:00
3372	4	4	260	1652	4	2014-06-19 00:00:00	2014-06-28 00:00:00	44594.55	3567.564	1114.8638	2014-06-28 00:00:00
3373	4	4	258	1578	5	2014-06-19 00:00:00	2014-06-28 00:00:00	26720.925	2137.674	668.0231	2014-06-28 00:00:00
3374	4	4	254	1538	5	2014-06-19 00:00:00	2014-06-28 00:00:00	37843.575	3027.486	946.0894	2014-06-28 00:00:00
3375	4	4	257	1556	4	2014-06-19 00:00:00	2014-06-28 00:00:00	25531.275	2042.502	638.2819	2014-06-28 00:00:00
3376	4	4	261	1554	4	2014-06-19 00:00:00	2014-06-28 00:00:00	482.517	38.6014	12.0629	2014-06-28 00:00:00
3377	4	4	251	1688	4	2014-06-20 00:00:00	2014-06-29 00:00:00	125.748	10.0598	3.1437	2014-06-29 00:00:00
3378	4	4	253	1580	5	2014-06-20 00:00:00	2014-06-29 00:00:00	150.7905	12.0632	3.7698	2014-06-29 00:00:00
3379	4	4	255	1496	4	2014-06-20 00:00:00	2014-06-29 00:00:00	235.9035	18.8723	5.8976	2014-06-29 00:00:00
3380	4	4	256	1494	2	2014-06-20 00:00:00	2014-06-29 00:00:00	8847.3	707.784	221.1825	2014-06-29 00:00:00
3381	4	4	259	1650	5	2014-06-20 00:00:00	2014-06-29 00:00:00	171.0765	13.6861	4.2769	2014-06-29 00:00:00
3382	4	4	260	1654	4	2014-06-20 00:00:00	2014-06-29 00:00:00	20397.3	1631.784	509.9325	2014-06-29 00:00:00
3383	4	4	258	1664	3	2014-06-20 00:00:00	2014-06-29 00:00:00	14628.075	1170.246	365.7019	2014-06-29 00:00:00
3384	4	4	254	1678	3	2014-06-20 00:00:00	2014-06-29 00:00:00	33350.625	2668.05	833.7656	2014-06-29 00:00:00
3385	4	4	257	1616	4	2014-06-20 00:00:00	2014-06-29 00:00:00	475.6815	38.0545	11.892	2014-06-29 00:00:00
3386	4	4	261	1492	4	2014-06-20 00:00:00	2014-06-29 00:00:00	482.517	38.6014	12.0629	2014-06-29 00:00:00
3387	4	4	251	1602	5	2014-06-20 00:00:00	2014-06-29 00:00:00	1796.0355	143.6828	44.9009	2014-06-29 00:00:00
3388	4	4	253	1540	4	2014-06-20 00:00:00	2014-06-29 00:00:00	602.2485	48.1799	15.0562	2014-06-29 00:00:00
3389	4	4	252	1628	5	2014-06-20 00:00:00	2014-06-29 00:00:00	34644.225	2771.538	866.1056	2014-06-29 00:00:00
3390	6	4	256	1604	4	2014-06-20 00:00:00	2014-06-29 00:00:00	1839.5055	147.1604	45.9876	2014-06-29 00:00:00
3391	4	4	259	1690	5	2014-06-20 00:00:00	2014-06-29 00:00:00	146.286	11.7029	3.6572	2014-06-29 00:00:00
3392	4	4	260	1566	5	2014-06-20 00:00:00	2014-06-29 00:00:00	102.564	8.2051	2.5641	2014-06-29 00:00:00
3393	4	4	258	1698	5	2014-06-21 00:00:00	2014-06-30 00:00:00	150.7905	12.0632	3.7698	2014-06-30 00:00:00
3394	4	4	254	1560	5	2014-06-21 00:00:00	2014-06-30 00:00:00	13669.425	1093.554	341.7356	2014-06-30 00:00:00
3395	4	4	257	1692	5	2014-06-21 00:00:00	2014-06-30 00:00:00	2934.54	234.7632	73.3635	2014-06-30 00:00:00
3396	4	4	261	1696	2	2014-06-21 00:00:00	2014-06-30 00:00:00	50860.425	4068.834	1271.5106	2014-06-30 00:00:00
3397	4	4	251	1504	1	2014-06-21 00:00:00	2014-06-30 00:00:00	551.88	44.1504	13.797	2014-06-30 00:00:00
3398	4	4	253	1544	1	2014-06-21 00:00:00	2014-06-30 00:00:00	6987.75	559.02	174.6938	2014-06-30 00:00:00
3399	4	4	255	1530	2	2014-06-21 00:00:00	2014-06-30 00:00:00	28072.275	2245.782	701.8069	2014-06-30 00:00:00
3400	4	4	252	1508	1	2014-06-21 00:00:00	2014-06-30 00:00:00	37312.275	2984.982	932.8069	2014-06-30 00:00:00
3401	4	4	259	1694	1	2014-06-21 00:00:00	2014-06-30 00:00:00	3407.25	272.58	85.1813	2014-06-30 00:00:00
3402	4	4	260	1624	2	2014-06-21 00:00:00	2014-06-30 00:00:00	28297.5	2263.8	707.4375	2014-06-30 00:00:00
3403	4	4	258	1548	2	2014-06-21 00:00:00	2014-06-30 00:00:00	59.9445	4.7956	1.4986	2014-06-30 00:00:00
3404	4	3	250	1598	4	2014-06-21 00:00:00	2014-06-30 00:00:00	240.723	19.2578	6.0181	2014-06-30 00:00:00
3405	4	4	257	1658	5	2014-06-21 00:00:00	2014-06-30 00:00:00	43878.45	3510.276	1096.9613	2014-06-30 00:00:00
3406	4	4	261	1536	5	2014-06-21 00:00:00	2014-06-30 00:00:00	544.7295	43.5784	13.6182	2014-06-30 00:00:00
3407	4	4	251	1568	1	2014-06-21 00:00:00	2014-06-30 00:00:00	18641.7	1491.336	466.0425	2014-06-30 00:00:00
3408	5	4	253	1648	5	2014-06-21 00:00:00	2014-06-30 00:00:00	142.4115	11.3929	3.5603	2014-06-30 00:00:00
3409	4	4	255	1646	2	2014-06-22 00:00:00	2014-07-01 00:00:00	48030.675	3842.454	1200.7669	2014-07-01 00:00:00
3410	4	4	256	1672	4	2014-06-22 00:00:00	2014-07-01 00:00:00	421.155	33.6924	10.5289	2014-07-01 00:00:00
3411	4	4	259	1600	1	2014-06-22 00:00:00	2014-07-01 00:00:00	1276.275	102.102	31.9069	2014-07-01 00:00:00
3412	4	4	260	1522	1	2014-06-22 00:00:00	2014-07-01 00:00:00	2003.925	160.314	50.0981	2014-07-01 00:00:00
3413	4	4	258	1570	4	2014-06-23 00:00:00	2014-07-02 00:00:00	22516.725	1801.338	562.9181	2014-07-02 00:00:00
3414	4	4	254	1516	1	2014-06-23 00:00:00	2014-07-02 00:00:00	454.86	36.3888	11.3715	2014-07-02 00:00:00
3415	4	4	257	1506	5	2014-06-23 00:00:00	2014-07-02 00:00:00	43878.45	3510.276	1096.9613	2014-07-02 00:00:00
3416	4	4	261	1626	2	2014-06-23 00:00:00	2014-07-02 00:00:00	7132.125	570.57	178.3031	2014-07-02 00:00:00
3417	4	4	251	1542	2	2014-06-23 00:00:00	2014-07-02 00:00:00	28343.7	2267.496	708.5925	2014-07-02 00:00:00
3418	4	4	253	1610	4	2014-06-23 00:00:00	2014-07-02 00:00:00	22516.725	1801.338	562.9181	2014-07-02 00:00:00
3419	4	4	255	1638	5	2014-06-23 00:00:00	2014-07-02 00:00:00	34644.225	2771.538	866.1056	2014-07-02 00:00:00
3420	4	4	256	1582	4	2014-06-23 00:00:00	2014-07-02 00:00:00	247.5585	19.8047	6.189	2014-07-02 00:00:00
3421	4	4	259	1510	5	2014-06-23 00:00:00	2014-07-02 00:00:00	143.0415	11.4433	3.576	2014-07-02 00:00:00
3422	4	4	250	1526	2	2014-06-23 00:00:00	2014-07-02 00:00:00	28199.325	2255.946	704.9831	2014-07-02 00:00:00
3423	4	4	258	1644	1	2014-06-23 00:00:00	2014-07-02 00:00:00	3713.325	297.066	92.8331	2014-07-02 00:00:00
3424	4	4	254	1680	5	2014-06-23 00:00:00	2014-07-02 00:00:00	43878.45	3510.276	1096.9613	2014-07-02 00:00:00
3425	4	4	257	1584	5	2014-06-23 00:00:00	2014-07-02 00:00:00	2979.27	238.3416	74.4818	2014-07-02 00:00:00
3426	4	4	261	1620	5	2014-06-23 00:00:00	2014-07-02 00:00:00	5711.475	456.918	142.7869	2014-07-02 00:00:00
3427	4	4	251	1666	5	2014-06-23 00:00:00	2014-07-02 00:00:00	776.79	62.1432	19.4198	2014-07-02 00:00:00
3428	4	4	253	1592	2	2014-06-23 00:00:00	2014-07-02 00:00:00	97.965	7.8372	2.4491	2014-07-02 00:00:00
3429	4	4	255	1618	4	2014-06-24 00:00:00	2014-07-03 00:00:00	114.471	9.1577	2.8618	2014-07-03 00:00:00
3430	4	4	256	1612	4	2014-06-24 00:00:00	2014-07-03 00:00:00	132.6465	10.6117	3.3162	2014-07-03 00:00:00
3431	4	4	259	1586	5	2014-06-24 00:00:00	2014-07-03 00:00:00	43878.45	3510.276	1096.9613	2014-07-03 00:00:00
3432	4	4	260	1500	1	2014-06-24 00:00:00	2014-07-03 00:00:00	418.95	33.516	10.4738	2014-07-03 00:00:00
3433	4	4	250	1656	4	2014-06-24 00:00:00	2014-07-03 00:00:00	389.655	31.1724	9.7414	2014-07-03 00:00:00
3434	4	4	254	1572	1	2014-06-24 00:00:00	2014-07-03 00:00:00	461.79	36.9432	11.5448	2014-07-03 00:00:00
3435	4	4	257	1562	4	2014-06-24 00:00:00	2014-07-03 00:00:00	1656.837	132.547	41.4209	2014-07-03 00:00:00
3436	4	4	261	1662	2	2014-06-24 00:00:00	2014-07-03 00:00:00	37.0755	2.966	0.9269	2014-07-03 00:00:00
3437	4	4	251	1682	4	2014-06-24 00:00:00	2014-07-03 00:00:00	21558.075	1724.646	538.9519	2014-07-03 00:00:00
3438	4	4	253	1686	4	2014-06-24 00:00:00	2014-07-03 00:00:00	624.2985	49.9439	15.6075	2014-07-03 00:00:00
3439	4	4	255	1684	4	2014-06-24 00:00:00	2014-07-03 00:00:00	20980.575	1678.446	524.5144	2014-07-03 00:00:00
3440	4	4	256	1534	4	2014-06-24 00:00:00	2014-07-03 00:00:00	360.045	28.8036	9.0011	2014-07-03 00:00:00
3441	4	4	259	1614	4	2014-06-24 00:00:00	2014-07-03 00:00:00	260.4735	20.8379	6.5118	2014-07-03 00:00:00
3442	4	4	260	1588	5	2014-06-24 00:00:00	2014-07-03 00:00:00	40471.2	3237.696	1011.78	2014-07-03 00:00:00
3443	4	4	258	1622	5	2014-06-24 00:00:00	2014-07-03 00:00:00	414.855	33.1884	10.3714	2014-07-03 00:00:00
3444	4	4	254	1632	5	2014-06-24 00:00:00	2014-07-03 00:00:00	38421.075	3073.686	960.5269	2014-07-03 00:00:00
3445	4	4	257	1608	5	2014-06-25 00:00:00	2014-07-04 00:00:00	5948.25	475.86	148.7063	2014-07-04 00:00:00
3446	4	4	261	1576	5	2014-06-25 00:00:00	2014-07-04 00:00:00	91117.95	7289.436	2277.9488	2014-07-04 00:00:00
3447	4	4	251	1590	1	2014-06-25 00:00:00	2014-07-04 00:00:00	525	42	13.125	2014-07-04 00:00:00
3448	4	4	253	1514	5	2014-06-25 00:00:00	2014-07-04 00:00:00	2003.6835	160.2947	50.0921	2014-07-04 00:00:00
3449	4	4	255	1498	4	2014-06-25 00:00:00	2014-07-04 00:00:00	26455.275	2116.422	661.3819	2014-07-04 00:00:00
3450	4	4	256	1674	2	2014-06-25 00:00:00	2014-07-04 00:00:00	944.37	75.5496	23.6093	2014-07-04 00:00:00
3451	4	4	252	1652	1	2014-06-25 00:00:00	2014-07-04 00:00:00	6993.525	559.482	174.8381	2014-07-04 00:00:00
3452	5	4	260	1578	3	2014-06-25 00:00:00	2014-07-04 00:00:00	36122.625	2889.81	903.0656	2014-07-04 00:00:00
3453	4	4	258	1538	5	2014-06-25 00:00:00	2014-07-04 00:00:00	37843.575	3027.486	946.0894	2014-07-04 00:00:00
3454	4	4	254	1556	4	2014-06-25 00:00:00	2014-07-04 00:00:00	25531.275	2042.502	638.2819	2014-07-04 00:00:00
3455	5	4	257	1554	4	2014-06-25 00:00:00	2014-07-04 00:00:00	111.069	8.8855	2.7767	2014-07-04 00:00:00
3456	4	4	261	1688	4	2014-06-25 00:00:00	2014-07-04 00:00:00	125.748	10.0598	3.1437	2014-07-04 00:00:00
3457	4	4	250	1580	5	2014-06-25 00:00:00	2014-07-04 00:00:00	150.7905	12.0632	3.7698	2014-07-04 00:00:00
3458	4	4	253	1496	5	2014-06-25 00:00:00	2014-07-04 00:00:00	696.528	55.7222	17.4132	2014-07-04 00:00:00
3459	4	4	255	1494	2	2014-06-25 00:00:00	2014-07-04 00:00:00	8847.3	707.784	221.1825	2014-07-04 00:00:00
3460	4	4	256	1650	5	2014-06-25 00:00:00	2014-07-04 00:00:00	171.0765	13.6861	4.2769	2014-07-04 00:00:00
3461	4	4	259	1654	4	2014-06-26 00:00:00	2014-07-05 00:00:00	20397.3	1631.784	509.9325	2014-07-05 00:00:00
3462	4	4	260	1664	3	2014-06-26 00:00:00	2014-07-05 00:00:00	14628.075	1170.246	365.7019	2014-07-05 00:00:00
3463	4	4	258	1678	4	2014-06-26 00:00:00	2014-07-05 00:00:00	25334.925	2026.794	633.3731	2014-07-05 00:00:00
3464	4	4	254	1616	5	2014-06-26 00:00:00	2014-07-05 00:00:00	278.523	22.2818	6.9631	2014-07-05 00:00:00
3465	4	4	252	1492	4	2014-06-26 00:00:00	2014-07-05 00:00:00	111.069	8.8855	2.7767	2014-07-05 00:00:00
3466	4	4	261	1602	5	2014-06-26 00:00:00	2014-07-05 00:00:00	1796.0355	143.6828	44.9009	2014-07-05 00:00:00
3467	4	4	251	1540	4	2014-06-26 00:00:00	2014-07-05 00:00:00	748.755	59.9004	18.7189	2014-07-05 00:00:00
3468	4	4	253	1628	5	2014-06-26 00:00:00	2014-07-05 00:00:00	34644.225	2771.538	866.1056	2014-07-05 00:00:00
3469	4	4	255	1604	4	2014-06-26 00:00:00	2014-07-05 00:00:00	1839.5055	147.1604	45.9876	2014-07-05 00:00:00
3470	4	4	256	1690	5	2014-06-26 00:00:00	2014-07-05 00:00:00	146.286	11.7029	3.6572	2014-07-05 00:00:00
3471	4	4	259	1566	5	2014-06-26 00:00:00	2014-07-05 00:00:00	102.564	8.2051	2.5641	2014-07-05 00:00:00
3472	4	4	260	1698	5	2014-06-26 00:00:00	2014-07-05 00:00:00	150.7905	12.0632	3.7698	2014-07-05 00:00:00
3473	4	4	258	1560	5	2014-06-26 00:00:00	2014-07-05 00:00:00	13669.425	1093.554	341.7356	2014-07-05 00:00:00
3474	4	4	254	1692	5	2014-06-26 00:00:00	2014-07-05 00:00:00	6444.9	515.592	161.1225	2014-07-05 00:00:00
3475	4	4	257	1696	2	2014-06-26 00:00:00	2014-07-05 00:00:00	152581.275	12206.502	3814.5319	2014-07-05 00:00:00
3476	4	4	261	1504	1	2014-06-26 00:00:00	2014-07-05 00:00:00	551.88	44.1504	13.797	2014-07-05 00:00:00
3477	4	4	251	1544	1	2014-06-27 00:00:00	2014-07-06 00:00:00	6987.75	559.02	174.6938	2014-07-06 00:00:00
3478	4	4	253	1530	2	2014-06-27 00:00:00	2014-07-06 00:00:00	28072.275	2245.782	701.8069	2014-07-06 00:00:00
3479	4	4	255	1508	1	2014-06-27 00:00:00	2014-07-06 00:00:00	37312.275	2984.982	932.8069	2014-07-06 00:00:00
3480	4	4	256	1694	1	2014-06-27 00:00:00	2014-07-06 00:00:00	7623	609.84	190.575	2014-07-06 00:00:00
3481	4	4	259	1624	2	2014-06-27 00:00:00	2014-07-06 00:00:00	28297.5	2263.8	707.4375	2014-07-06 00:00:00
3482	4	4	260	1548	2	2014-06-27 00:00:00	2014-07-06 00:00:00	59.9445	4.7956	1.4986	2014-07-06 00:00:00
3483	4	4	258	1598	4	2014-06-27 00:00:00	2014-07-06 00:00:00	358.155	28.6524	8.9539	2014-07-06 00:00:00
3484	4	4	254	1658	5	2014-06-27 00:00:00	2014-07-06 00:00:00	43878.45	3510.276	1096.9613	2014-07-06 00:00:00
3485	4	4	257	1536	4	2014-06-27 00:00:00	2014-07-06 00:00:00	1637.937	131.035	40.9484	2014-07-06 00:00:00
3486	4	4	261	1568	2	2014-06-27 00:00:00	2014-07-06 00:00:00	29989.575	2399.166	749.7394	2014-07-06 00:00:00
3487	4	4	251	1648	5	2014-06-27 00:00:00	2014-07-06 00:00:00	142.4115	11.3929	3.5603	2014-07-06 00:00:00
3488	4	4	253	1646	2	2014-06-27 00:00:00	2014-07-06 00:00:00	48030.675	3842.454	1200.7669	2014-07-06 00:00:00
3489	4	4	252	1672	4	2014-06-27 00:00:00	2014-07-06 00:00:00	12127.7415	970.2193	303.1935	2014-07-06 00:00:00
3490	4	4	256	1600	1	2014-06-27 00:00:00	2014-07-06 00:00:00	1276.275	102.102	31.9069	2014-07-06 00:00:00
3491	4	4	259	1522	1	2014-06-27 00:00:00	2014-07-06 00:00:00	2003.925	160.314	50.0981	2014-07-06 00:00:00
3492	4	4	260	1570	2	2014-06-27 00:00:00	2014-07-06 00:00:00	28343.7	2267.496	708.5925	2014-07-06 00:00:00
3493	4	4	258	1516	1	2014-06-28 00:00:00	2014-07-07 00:00:00	454.86	36.3888	11.3715	2014-07-07 00:00:00
3494	4	4	254	1506	5	2014-06-28 00:00:00	2014-07-07 00:00:00	43878.45	3510.276	1096.9613	2014-07-07 00:00:00
3495	4	4	257	1626	2	2014-06-28 00:00:00	2014-07-07 00:00:00	7132.125	570.57	178.3031	2014-07-07 00:00:00
3496	4	4	261	1542	2	2014-06-28 00:00:00	2014-07-07 00:00:00	28343.7	2267.496	708.5925	2014-07-07 00:00:00
3497	4	4	251	1610	4	2014-06-28 00:00:00	2014-07-07 00:00:00	22516.725	1801.338	562.9181	2014-07-07 00:00:00
3498	4	4	253	1638	5	2014-06-28 00:00:00	2014-07-07 00:00:00	34644.225	2771.538	866.1056	2014-07-07 00:00:00
3499	4	4	255	1582	5	2014-06-28 00:00:00	2014-07-07 00:00:00	694.1655	55.5332	17.3541	2014-07-07 00:00:00
3500	4	4	252	1510	5	2014-06-28 00:00:00	2014-07-07 00:00:00	143.0415	11.4433	3.576	2014-07-07 00:00:00
3501	4	4	259	1526	2	2014-06-28 00:00:00	2014-07-07 00:00:00	28199.325	2255.946	704.9831	2014-07-07 00:00:00
3502	4	4	260	1644	1	2014-06-28 00:00:00	2014-07-07 00:00:00	3713.325	297.066	92.8331	2014-07-07 00:00:00
3503	4	4	258	1680	4	2014-06-28 00:00:00	2014-07-07 00:00:00	19952.625	1596.21	498.8156	2014-07-07 00:00:00
3504	5	3	250	1584	5	2014-06-28 00:00:00	2014-07-07 00:00:00	6540.66	523.2528	163.5165	2014-07-07 00:00:00
3505	4	4	257	1620	5	2014-06-30 00:00:00	2014-07-09 00:00:00	5711.475	456.918	142.7869	2014-07-09 00:00:00
3506	4	4	261	1666	4	2014-06-30 00:00:00	2014-07-09 00:00:00	484.407	38.7526	12.1102	2014-07-09 00:00:00
3507	4	4	251	1592	2	2014-06-30 00:00:00	2014-07-09 00:00:00	97.965	7.8372	2.4491	2014-07-09 00:00:00
3508	4	4	253	1618	4	2014-06-30 00:00:00	2014-07-09 00:00:00	114.471	9.1577	2.8618	2014-07-09 00:00:00
3509	4	4	255	1612	4	2014-06-30 00:00:00	2014-07-09 00:00:00	132.6465	10.6117	3.3162	2014-07-09 00:00:00
3510	4	4	256	1586	5	2014-06-30 00:00:00	2014-07-09 00:00:00	43878.45	3510.276	1096.9613	2014-07-09 00:00:00
3511	4	4	259	1500	1	2014-06-30 00:00:00	2014-07-09 00:00:00	418.95	33.516	10.4738	2014-07-09 00:00:00
3512	4	4	260	1656	4	2014-06-30 00:00:00	2014-07-09 00:00:00	240.723	19.2578	6.0181	2014-07-09 00:00:00
3513	4	4	258	1572	1	2014-06-30 00:00:00	2014-07-09 00:00:00	461.79	36.9432	11.5448	2014-07-09 00:00:00
3514	5	4	254	1562	4	2014-06-30 00:00:00	2014-07-09 00:00:00	253.323	20.2658	6.3331	2014-07-09 00:00:00
3515	4	4	257	1662	2	2014-06-30 00:00:00	2014-07-09 00:00:00	37.0755	2.966	0.9269	2014-07-09 00:00:00
3516	4	4	261	1682	4	2014-06-30 00:00:00	2014-07-09 00:00:00	21558.075	1724.646	538.9519	2014-07-09 00:00:00
3517	4	4	251	1686	4	2014-06-30 00:00:00	2014-07-09 00:00:00	710.325	56.826	17.7581	2014-07-09 00:00:00
3518	4	4	253	1684	5	2014-06-30 00:00:00	2014-07-09 00:00:00	86220.75	6897.66	2155.5188	2014-07-09 00:00:00
3519	4	4	255	1534	4	2014-06-30 00:00:00	2014-07-09 00:00:00	235.9035	18.8723	5.8976	2014-07-09 00:00:00
3520	4	4	256	1614	5	2014-06-30 00:00:00	2014-07-09 00:00:00	428.4	34.272	10.71	2014-07-09 00:00:00
3521	4	4	259	1588	5	2014-07-01 00:00:00	2014-07-10 00:00:00	40471.2	3237.696	1011.78	2014-07-10 00:00:00
3522	4	4	250	1622	5	2014-07-01 00:00:00	2014-07-10 00:00:00	272.4435	21.7955	6.8111	2014-07-10 00:00:00
3523	4	4	258	1632	4	2014-07-01 00:00:00	2014-07-10 00:00:00	23671.725	1893.738	591.7931	2014-07-10 00:00:00
3524	4	4	254	1608	5	2014-07-01 00:00:00	2014-07-10 00:00:00	5948.25	475.86	148.7063	2014-07-10 00:00:00
3525	4	4	257	1576	5	2014-07-01 00:00:00	2014-07-10 00:00:00	91117.95	7289.436	2277.9488	2014-07-10 00:00:00
3526	4	4	261	1590	1	2014-07-01 00:00:00	2014-07-10 00:00:00	525	42	13.125	2014-07-10 00:00:00
3527	4	4	251	1514	5	2014-07-01 00:00:00	2014-07-10 00:00:00	2003.6835	160.2947	50.0921	2014-07-10 00:00:00
3528	4	4	253	1498	4	2014-07-01 00:00:00	2014-07-10 00:00:00	26455.275	2116.422	661.3819	2014-07-10 00:00:00
3529	4	4	255	1674	2	2014-07-01 00:00:00	2014-07-10 00:00:00	944.37	75.5496	23.6093	2014-07-10 00:00:00
3530	4	4	256	1652	4	2014-07-01 00:00:00	2014-07-10 00:00:00	48186.6	3854.928	1204.665	2014-07-10 00:00:00
3531	4	4	259	1578	5	2014-07-01 00:00:00	2014-07-10 00:00:00	26720.925	2137.674	668.0231	2014-07-10 00:00:00
3532	4	4	260	1538	5	2014-07-01 00:00:00	2014-07-10 00:00:00	37843.575	3027.486	946.0894	2014-07-10 00:00:00
3533	4	4	250	1556	4	2014-07-01 00:00:00	2014-07-10 00:00:00	25531.275	2042.502	638.2819	2014-07-10 00:00:00
3534	4	4	254	1554	5	2014-07-01 00:00:00	2014-07-10 00:00:00	278.838	22.307	6.971	2014-07-10 00:00:00
3535	4	4	257	1688	4	2014-07-01 00:00:00	2014-07-10 00:00:00	125.748	10.0598	3.1437	2014-07-10 00:00:00
3536	4	4	261	1580	5	2014-07-01 00:00:00	2014-07-10 00:00:00	150.7905	12.0632	3.7698	2014-07-10 00:00:00
3537	4	4	251	1496	5	2014-07-02 00:00:00	2014-07-11 00:00:00	776.79	62.1432	19.4198	2014-07-11 00:00:00
3538	4	4	253	1494	2	2014-07-02 00:00:00	2014-07-11 00:00:00	8847.3	707.784	221.1825	2014-07-11 00:00:00
3539	4	4	255	1650	5	2014-07-02 00:00:00	2014-07-11 00:00:00	171.0765	13.6861	4.2769	2014-07-11 00:00:00
3540	4	4	256	1654	4	2014-07-02 00:00:00	2014-07-11 00:00:00	20397.3	1631.784	509.9325	2014-07-11 00:00:00
3541	4	4	259	1664	3	2014-07-02 00:00:00	2014-07-11 00:00:00	14628.075	1170.246	365.7019	2014-07-11 00:00:00
3542	4	4	260	1678	3	2014-07-02 00:00:00	2014-07-11 00:00:00	33350.625	2668.05	833.7656	2014-07-11 00:00:00
3543	6	4	258	1616	5	2014-07-02 00:00:00	2014-07-11 00:00:00	414.855	33.1884	10.3714	2014-07-11 00:00:00
3544	4	4	254	1492	5	2014-07-02 00:00:00	2014-07-11 00:00:00	278.838	22.307	6.971	2014-07-11 00:00:00
3545	4	4	257	1602	5	2014-07-02 00:00:00	2014-07-11 00:00:00	1796.0355	143.6828	44.9009	2014-07-11 00:00:00
3546	7	4	261	1540	4	2014-07-02 00:00:00	2014-07-11 00:00:00	489.069	39.1255	12.2267	2014-07-11 00:00:00
3547	4	4	251	1628	5	2014-07-02 00:00:00	2014-07-11 00:00:00	34644.225	2771.538	866.1056	2014-07-11 00:00:00
3548	4	4	253	1604	4	2014-07-02 00:00:00	2014-07-11 00:00:00	1839.5055	147.1604	45.9876	2014-07-11 00:00:00
3549	4	4	255	1690	5	2014-07-02 00:00:00	2014-07-11 00:00:00	146.286	11.7029	3.6572	2014-07-11 00:00:00
3550	4	4	256	1566	5	2014-07-02 00:00:00	2014-07-11 00:00:00	102.564	8.2051	2.5641	2014-07-11 00:00:00
3551	4	4	252	1698	5	2014-07-02 00:00:00	2014-07-11 00:00:00	150.7905	12.0632	3.7698	2014-07-11 00:00:00
3552	4	4	260	1560	5	2014-07-02 00:00:00	2014-07-11 00:00:00	13669.425	1093.554	341.7356	2014-07-11 00:00:00
3553	4	4	258	1692	5	2014-07-03 00:00:00	2014-07-12 00:00:00	9948.33	795.8664	248.7083	2014-07-12 00:00:00
3554	4	4	254	1696	2	2014-07-03 00:00:00	2014-07-12 00:00:00	28343.7	2267.496	708.5925	2014-07-12 00:00:00
3555	4	4	257	1504	1	2014-07-03 00:00:00	2014-07-12 00:00:00	551.88	44.1504	13.797	2014-07-12 00:00:00
3556	4	4	261	1544	1	2014-07-03 00:00:00	2014-07-12 00:00:00	6987.75	559.02	174.6938	2014-07-12 00:00:00
3557	4	4	250	1530	2	2014-07-03 00:00:00	2014-07-12 00:00:00	28072.275	2245.782	701.8069	2014-07-12 00:00:00
3558	4	4	253	1508	1	2014-07-03 00:00:00	2014-07-12 00:00:00	37312.275	2984.982	932.8069	2014-07-12 00:00:00
3559	4	4	255	1694	1	2014-07-03 00:00:00	2014-07-12 00:00:00	7623	609.84	190.575	2014-07-12 00:00:00
3560	4	4	256	1624	2	2014-07-03 00:00:00	2014-07-12 00:00:00	28297.5	2263.8	707.4375	2014-07-12 00:00:00
3561	4	4	259	1548	2	2014-07-03 00:00:00	2014-07-12 00:00:00	59.9445	4.7956	1.4986	2014-07-12 00:00:00
3562	4	4	260	1598	4	2014-07-03 00:00:00	2014-07-12 00:00:00	234.6435	18.7715	5.8661	2014-07-12 00:00:00
3563	4	4	258	1658	5	2014-07-03 00:00:00	2014-07-12 00:00:00	43878.45	3510.276	1096.9613	2014-07-12 00:00:00
3564	4	4	254	1536	4	2014-07-03 00:00:00	2014-07-12 00:00:00	247.2435	19.7795	6.1811	2014-07-12 00:00:00
3565	4	4	252	1568	2	2014-07-03 00:00:00	2014-07-12 00:00:00	49376.25	3950.1	1234.4063	2014-07-12 00:00:00
3566	4	4	261	1648	5	2014-07-03 00:00:00	2014-07-12 00:00:00	142.4115	11.3929	3.5603	2014-07-12 00:00:00
3567	4	4	251	1646	2	2014-07-03 00:00:00	2014-07-12 00:00:00	48030.675	3842.454	1200.7669	2014-07-12 00:00:00
3568	4	4	253	1672	5	2014-07-03 00:00:00	2014-07-12 00:00:00	39258.45	3140.676	981.4613	2014-07-12 00:00:00
3569	4	4	255	1600	1	2014-07-04 00:00:00	2014-07-13 00:00:00	1276.275	102.102	31.9069	2014-07-13 00:00:00
3570	4	4	256	1522	1	2014-07-04 00:00:00	2014-07-13 00:00:00	2003.925	160.314	50.0981	2014-07-13 00:00:00
3571	4	4	259	1570	4	2014-07-04 00:00:00	2014-07-13 00:00:00	22516.725	1801.338	562.9181	2014-07-13 00:00:00
3572	4	4	260	1516	1	2014-07-04 00:00:00	2014-07-13 00:00:00	454.86	36.3888	11.3715	2014-07-13 00:00:00
3573	4	4	258	1506	5	2014-07-04 00:00:00	2014-07-13 00:00:00	43878.45	3510.276	1096.9613	2014-07-13 00:00:00
3574	4	4	254	1626	2	2014-07-04 00:00:00	2014-07-13 00:00:00	7132.125	570.57	178.3031	2014-07-13 00:00:00
3575	5	4	257	1542	2	2014-07-04 00:00:00	2014-07-13 00:00:00	28343.7	2267.496	708.5925	2014-07-13 00:00:00
3576	4	4	261	1610	4	2014-07-04 00:00:00	2014-07-13 00:00:00	22516.725	1801.338	562.9181	2014-07-13 00:00:00
3577	4	4	251	1638	5	2014-07-04 00:00:00	2014-07-13 00:00:00	34644.225	2771.538	866.1056	2014-07-13 00:00:00
3578	4	4	253	1582	5	2014-07-04 00:00:00	2014-07-13 00:00:00	656.586	52.5269	16.4147	2014-07-13 00:00:00
3579	4	4	255	1510	5	2014-07-04 00:00:00	2014-07-13 00:00:00	143.0415	11.4433	3.576	2014-07-13 00:00:00
3580	5	4	256	1526	2	2014-07-04 00:00:00	2014-07-13 00:00:00	28199.325	2255.946	704.9831	2014-07-13 00:00:00
3581	4	4	259	1644	1	2014-07-04 00:00:00	2014-07-13 00:00:00	3713.325	297.066	92.8331	2014-07-13 00:00:00
3582	4	4	260	1680	5	2014-07-04 00:00:00	2014-07-13 00:00:00	43878.45	3510.276	1096.9613	2014-07-13 00:00:00
3583	4	4	258	1584	5	2014-07-04 00:00:00	2014-07-13 00:00:00	9799.65	783.972	244.9913	2014-07-13 00:00:00
3584	4	4	254	1620	5	2014-07-04 00:00:00	2014-07-13 00:00:00	5711.475	456.918	142.7869	2014-07-13 00:00:00
3585	4	4	257	1666	4	2014-07-07 00:00:00	2014-07-16 00:00:00	111.5415	8.9233	2.7885	2014-07-16 00:00:00
3586	4	4	261	1592	2	2014-07-07 00:00:00	2014-07-16 00:00:00	97.965	7.8372	2.4491	2014-07-16 00:00:00
3587	4	4	251	1618	4	2014-07-07 00:00:00	2014-07-16 00:00:00	114.471	9.1577	2.8618	2014-07-16 00:00:00
3588	4	4	253	1612	4	2014-07-07 00:00:00	2014-07-16 00:00:00	132.6465	10.6117	3.3162	2014-07-16 00:00:00
3589	4	4	252	1586	5	2014-07-07 00:00:00	2014-07-16 00:00:00	43878.45	3510.276	1096.9613	2014-07-16 00:00:00
3590	4	4	256	1500	1	2014-07-07 00:00:00	2014-07-16 00:00:00	418.95	33.516	10.4738	2014-07-16 00:00:00
3591	4	4	259	1656	5	2014-07-07 00:00:00	2014-07-16 00:00:00	566.0865	45.2869	14.1522	2014-07-16 00:00:00
3592	4	4	260	1572	1	2014-07-07 00:00:00	2014-07-16 00:00:00	461.79	36.9432	11.5448	2014-07-16 00:00:00
3593	4	4	258	1562	4	2014-07-07 00:00:00	2014-07-16 00:00:00	377.055	30.1644	9.4264	2014-07-16 00:00:00
3594	4	4	254	1662	2	2014-07-07 00:00:00	2014-07-16 00:00:00	37.0755	2.966	0.9269	2014-07-16 00:00:00
3595	4	4	257	1682	4	2014-07-07 00:00:00	2014-07-16 00:00:00	21558.075	1724.646	538.9519	2014-07-16 00:00:00
3596	4	4	261	1686	4	2014-07-07 00:00:00	2014-07-16 00:00:00	552.2265	44.1781	13.8057	2014-07-16 00:00:00
3597	4	4	251	1684	5	2014-07-07 00:00:00	2014-07-16 00:00:00	86220.75	6897.66	2155.5188	2014-07-16 00:00:00
3598	4	4	253	1534	5	2014-07-07 00:00:00	2014-07-16 00:00:00	696.528	55.7222	17.4132	2014-07-16 00:00:00
3599	4	4	255	1614	4	2014-07-07 00:00:00	2014-07-16 00:00:00	663.453	53.0762	16.5863	2014-07-16 00:00:00
3600	5	4	252	1588	5	2014-07-07 00:00:00	2014-07-16 00:00:00	40471.2	3237.696	1011.78	2014-07-16 00:00:00
3601	4	4	259	1622	4	2014-07-08 00:00:00	2014-07-17 00:00:00	259.8435	20.7875	6.4961	2014-07-17 00:00:00
3602	4	4	260	1632	5	2014-07-08 00:00:00	2014-07-17 00:00:00	38421.075	3073.686	960.5269	2014-07-17 00:00:00
3603	5	4	258	1608	5	2014-07-08 00:00:00	2014-07-17 00:00:00	5948.25	475.86	148.7063	2014-07-17 00:00:00
3604	4	3	250	1576	5	2014-07-08 00:00:00	2014-07-17 00:00:00	91117.95	7289.436	2277.9488	2014-07-17 00:00:00
3605	4	4	257	1590	1	2014-07-08 00:00:00	2014-07-17 00:00:00	525	42	13.125	2014-07-17 00:00:00
3606	4	4	261	1514	5	2014-07-08 00:00:00	2014-07-17 00:00:00	2003.6835	160.2947	50.0921	2014-07-17 00:00:00
3607	4	4	251	1498	4	2014-07-08 00:00:00	2014-07-17 00:00:00	26455.275	2116.422	661.3819	2014-07-17 00:00:00
3608	4	4	253	1674	2	2014-07-08 00:00:00	2014-07-17 00:00:00	944.37	75.5496	23.6093	2014-07-17 00:00:00
3609	4	4	255	1652	1	2014-07-08 00:00:00	2014-07-17 00:00:00	3401.475	272.118	85.0369	2014-07-17 00:00:00
3610	4	4	256	1578	3	2014-07-08 00:00:00	2014-07-17 00:00:00	62843.55	5027.484	1571.0888	2014-07-17 00:00:00
3611	4	4	259	1538	5	2014-07-08 00:00:00	2014-07-17 00:00:00	37843.575	3027.486	946.0894	2014-07-17 00:00:00
3612	4	4	260	1556	4	2014-07-08 00:00:00	2014-07-17 00:00:00	25531.275	2042.502	638.2819	2014-07-17 00:00:00
3613	4	4	258	1554	5	2014-07-08 00:00:00	2014-07-17 00:00:00	415.3275	33.2262	10.3832	2014-07-17 00:00:00
3614	4	4	254	1688	4	2014-07-08 00:00:00	2014-07-17 00:00:00	125.748	10.0598	3.1437	2014-07-17 00:00:00
3615	4	4	257	1580	5	2014-07-08 00:00:00	2014-07-17 00:00:00	150.7905	12.0632	3.7698	2014-07-17 00:00:00
3616	4	4	261	1496	4	2014-07-08 00:00:00	2014-07-17 00:00:00	484.407	38.7526	12.1102	2014-07-17 00:00:00
3617	4	4	251	1494	2	2014-07-09 00:00:00	2014-07-18 00:00:00	8847.3	707.784	221.1825	2014-07-18 00:00:00
3618	4	4	253	1650	5	2014-07-09 00:00:00	2014-07-18 00:00:00	171.0765	13.6861	4.2769	2014-07-18 00:00:00
3619	4	4	255	1654	4	2014-07-09 00:00:00	2014-07-18 00:00:00	20397.3	1631.784	509.9325	2014-07-18 00:00:00
3620	4	4	256	1664	3	2014-07-09 00:00:00	2014-07-18 00:00:00	14628.075	1170.246	365.7019	2014-07-18 00:00:00
3621	4	4	259	1678	4	2014-07-09 00:00:00	2014-07-18 00:00:00	25334.925	2026.794	633.3731	2014-07-18 00:00:00
3622	4	4	250	1616	5	2014-07-09 00:00:00	2014-07-18 00:00:00	272.4435	21.7955	6.8111	2014-07-18 00:00:00
3623	4	4	258	1492	5	2014-07-09 00:00:00	2014-07-18 00:00:00	415.3275	33.2262	10.3832	2014-07-18 00:00:00
3624	4	4	254	1602	5	2014-07-09 00:00:00	2014-07-18 00:00:00	270.8055	21.6644	6.7701	2014-07-18 00:00:00
3625	4	4	257	1540	4	2014-07-09 00:00:00	2014-07-18 00:00:00	1814.6835	145.1747	45.3671	2014-07-18 00:00:00
3626	4	4	261	1628	5	2014-07-09 00:00:00	2014-07-18 00:00:00	34644.225	2771.538	866.1056	2014-07-18 00:00:00
3627	4	4	251	1604	4	2014-07-09 00:00:00	2014-07-18 00:00:00	1839.5055	147.1604	45.9876	2014-07-18 00:00:00
3628	4	4	253	1690	5	2014-07-09 00:00:00	2014-07-18 00:00:00	146.286	11.7029	3.6572	2014-07-18 00:00:00
3629	4	4	255	1566	5	2014-07-09 00:00:00	2014-07-18 00:00:00	102.564	8.2051	2.5641	2014-07-18 00:00:00
3630	4	4	256	1698	5	2014-07-09 00:00:00	2014-07-18 00:00:00	150.7905	12.0632	3.7698	2014-07-18 00:00:00
3631	4	4	259	1560	5	2014-07-09 00:00:00	2014-07-18 00:00:00	13669.425	1093.554	341.7356	2014-07-18 00:00:00
3632	4	4	260	1692	5	2014-07-09 00:00:00	2014-07-18 00:00:00	6444.9	515.592	161.1225	2014-07-18 00:00:00
3633	4	4	250	1696	4	2014-07-10 00:00:00	2014-07-19 00:00:00	50860.425	4068.834	1271.5106	2014-07-19 00:00:00
3634	4	4	254	1504	1	2014-07-10 00:00:00	2014-07-19 00:00:00	551.88	44.1504	13.797	2014-07-19 00:00:00
3635	4	4	257	1544	1	2014-07-10 00:00:00	2014-07-19 00:00:00	6987.75	559.02	174.6938	2014-07-19 00:00:00
3636	4	4	261	1530	2	2014-07-10 00:00:00	2014-07-19 00:00:00	28072.275	2245.782	701.8069	2014-07-19 00:00:00
3637	4	4	251	1508	1	2014-07-10 00:00:00	2014-07-19 00:00:00	37312.275	2984.982	932.8069	2014-07-19 00:00:00
3638	4	4	253	1694	1	2014-07-10 00:00:00	2014-07-19 00:00:00	7623	609.84	190.575	2014-07-19 00:00:00
3639	4	4	255	1624	2	2014-07-10 00:00:00	2014-07-19 00:00:00	28297.5	2263.8	707.4375	2014-07-19 00:00:00
3640	4	4	256	1548	2	2014-07-10 00:00:00	2014-07-19 00:00:00	59.9445	4.7956	1.4986	2014-07-19 00:00:00
3641	4	4	259	1598	5	2014-07-10 00:00:00	2014-07-19 00:00:00	222.0435	17.7635	5.5511	2014-07-19 00:00:00
3642	7	4	260	1658	5	2014-07-10 00:00:00	2014-07-19 00:00:00	43878.45	3510.276	1096.9613	2014-07-19 00:00:00
3643	4	4	258	1536	4	2014-07-10 00:00:00	2014-07-19 00:00:00	345.555	27.6444	8.6389	2014-07-19 00:00:00
3644	4	4	254	1568	2	2014-07-10 00:00:00	2014-07-19 00:00:00	15153.6	1212.288	378.84	2014-07-19 00:00:00
3645	4	4	257	1648	5	2014-07-10 00:00:00	2014-07-19 00:00:00	142.4115	11.3929	3.5603	2014-07-19 00:00:00
3646	4	4	261	1646	2	2014-07-10 00:00:00	2014-07-19 00:00:00	48030.675	3842.454	1200.7669	2014-07-19 00:00:00
3647	4	4	251	1672	4	2014-07-10 00:00:00	2014-07-19 00:00:00	823.41	65.8728	20.5853	2014-07-19 00:00:00
3648	4	4	253	1600	1	2014-07-10 00:00:00	2014-07-19 00:00:00	1276.275	102.102	31.9069	2014-07-19 00:00:00
3649	4	4	255	1522	1	2014-07-11 00:00:00	2014-07-20 00:00:00	2003.925	160.314	50.0981	2014-07-20 00:00:00
3650	4	4	256	1570	2	2014-07-11 00:00:00	2014-07-20 00:00:00	50860.425	4068.834	1271.5106	2014-07-20 00:00:00
3651	4	4	252	1516	1	2014-07-11 00:00:00	2014-07-20 00:00:00	454.86	36.3888	11.3715	2014-07-20 00:00:00
3652	4	4	260	1506	5	2014-07-11 00:00:00	2014-07-20 00:00:00	43878.45	3510.276	1096.9613	2014-07-20 00:00:00
3653	4	4	258	1626	2	2014-07-11 00:00:00	2014-07-20 00:00:00	7132.125	570.57	178.3031	2014-07-20 00:00:00
3654	5	4	254	1542	2	2014-07-11 00:00:00	2014-07-20 00:00:00	28343.7	2267.496	708.5925	2014-07-20 00:00:00
3655	4	4	257	1610	4	2014-07-11 00:00:00	2014-07-20 00:00:00	22516.725	1801.338	562.9181	2014-07-20 00:00:00
3656	4	4	261	1638	5	2014-07-11 00:00:00	2014-07-20 00:00:00	34644.225	2771.538	866.1056	2014-07-20 00:00:00
3657	4	4	250	1582	4	2014-07-11 00:00:00	2014-07-20 00:00:00	364.9275	29.1942	9.1232	2014-07-20 00:00:00
3658	4	4	253	1510	5	2014-07-11 00:00:00	2014-07-20 00:00:00	143.0415	11.4433	3.576	2014-07-20 00:00:00
3659	4	4	255	1526	2	2014-07-11 00:00:00	2014-07-20 00:00:00	28199.325	2255.946	704.9831	2014-07-20 00:00:00
3660	4	4	256	1644	1	2014-07-11 00:00:00	2014-07-20 00:00:00	3713.325	297.066	92.8331	2014-07-20 00:00:00
3661	4	4	259	1680	4	2014-07-11 00:00:00	2014-07-20 00:00:00	19952.625	1596.21	498.8156	2014-07-20 00:00:00
3662	4	4	260	1584	5	2014-07-11 00:00:00	2014-07-20 00:00:00	6540.66	523.2528	163.5165	2014-07-20 00:00:00
3663	4	4	258	1620	5	2014-07-11 00:00:00	2014-07-20 00:00:00	5711.475	456.918	142.7869	2014-07-20 00:00:00
3664	4	4	254	1666	5	2014-07-11 00:00:00	2014-07-20 00:00:00	279.783	22.3826	6.9946	2014-07-20 00:00:00
3665	4	4	252	1592	2	2014-07-12 00:00:00	2014-07-21 00:00:00	97.965	7.8372	2.4491	2014-07-21 00:00:00
3666	4	4	261	1618	4	2014-07-12 00:00:00	2014-07-21 00:00:00	114.471	9.1577	2.8618	2014-07-21 00:00:00
3667	4	4	251	1612	4	2014-07-12 00:00:00	2014-07-21 00:00:00	132.6465	10.6117	3.3162	2014-07-21 00:00:00
3668	4	4	253	1586	5	2014-07-12 00:00:00	2014-07-21 00:00:00	43878.45	3510.276	1096.9613	2014-07-21 00:00:00
3669	4	4	255	1500	1	2014-07-12 00:00:00	2014-07-21 00:00:00	418.95	33.516	10.4738	2014-07-21 00:00:00
3670	4	4	256	1656	4	2014-07-12 00:00:00	2014-07-21 00:00:00	404.145	32.3316	10.1036	2014-07-21 00:00:00
3671	4	4	259	1572	1	2014-07-12 00:00:00	2014-07-21 00:00:00	461.79	36.9432	11.5448	2014-07-21 00:00:00
3672	4	4	260	1562	4	2014-07-12 00:00:00	2014-07-21 00:00:00	247.2435	19.7795	6.1811	2014-07-21 00:00:00
3673	4	4	258	1662	2	2014-07-12 00:00:00	2014-07-21 00:00:00	37.0755	2.966	0.9269	2014-07-21 00:00:00
3674	4	4	254	1682	4	2014-07-12 00:00:00	2014-07-21 00:00:00	21558.075	1724.646	538.9519	2014-07-21 00:00:00
3675	4	4	257	1686	5	2014-07-12 00:00:00	2014-07-21 00:00:00	533.547	42.6838	13.3387	2014-07-21 00:00:00
3676	4	4	261	1684	5	2014-07-12 00:00:00	2014-07-21 00:00:00	86220.75	6897.66	2155.5188	2014-07-21 00:00:00
3677	4	4	251	1534	5	2014-07-12 00:00:00	2014-07-21 00:00:00	776.79	62.1432	19.4198	2014-07-21 00:00:00
3678	4	4	253	1614	4	2014-07-12 00:00:00	2014-07-21 00:00:00	136.647	10.9318	3.4162	2014-07-21 00:00:00
3679	5	4	255	1588	5	2014-07-12 00:00:00	2014-07-21 00:00:00	40471.2	3237.696	1011.78	2014-07-21 00:00:00
3680	4	4	256	1622	5	2014-07-12 00:00:00	2014-07-21 00:00:00	427.455	34.1964	10.6864	2014-07-21 00:00:00
3681	4	4	259	1632	4	2014-07-14 00:00:00	2014-07-23 00:00:00	23671.725	1893.738	591.7931	2014-07-23 00:00:00
3682	4	4	260	1608	5	2014-07-14 00:00:00	2014-07-23 00:00:00	5948.25	475.86	148.7063	2014-07-23 00:00:00
3683	4	4	258	1576	5	2014-07-14 00:00:00	2014-07-23 00:00:00	91117.95	7289.436	2277.9488	2014-07-23 00:00:00
3684	4	4	254	1590	1	2014-07-14 00:00:00	2014-07-23 00:00:00	525	42	13.125	2014-07-23 00:00:00
3685	4	4	257	1514	5	2014-07-14 00:00:00	2014-07-23 00:00:00	2003.6835	160.2947	50.0921	2014-07-23 00:00:00
3686	4	4	261	1498	4	2014-07-14 00:00:00	2014-07-23 00:00:00	26455.275	2116.422	661.3819	2014-07-23 00:00:00
3687	4	4	251	1674	2	2014-07-14 00:00:00	2014-07-23 00:00:00	944.37	75.5496	23.6093	2014-07-23 00:00:00
3688	4	4	253	1652	4	2014-07-14 00:00:00	2014-07-23 00:00:00	51588.075	4127.046	1289.7019	2014-07-23 00:00:00
3689	4	4	252	1578	3	2014-07-14 00:00:00	2014-07-23 00:00:00	62843.55	5027.484	1571.0888	2014-07-23 00:00:00
3690	4	4	256	1538	5	2014-07-14 00:00:00	2014-07-23 00:00:00	37843.575	3027.486	946.0894	2014-07-23 00:00:00
3691	4	4	259	1556	4	2014-07-14 00:00:00	2014-07-23 00:00:00	25531.275	2042.502	638.2819	2014-07-23 00:00:00
3692	4	4	260	1554	5	2014-07-14 00:00:00	2014-07-23 00:00:00	272.7585	21.8207	6.819	2014-07-23 00:00:00
3693	4	4	258	1688	4	2014-07-14 00:00:00	2014-07-23 00:00:00	125.748	10.0598	3.1437	2014-07-23 00:00:00
3694	4	4	254	1580	5	2014-07-14 00:00:00	2014-07-23 00:00:00	150.7905	12.0632	3.7698	2014-07-23 00:00:00
3695	4	4	257	1496	4	2014-07-14 00:00:00	2014-07-23 00:00:00	111.5415	8.9233	2.7885	2014-07-23 00:00:00
3696	4	4	261	1494	2	2014-07-14 00:00:00	2014-07-23 00:00:00	8847.3	707.784	221.1825	2014-07-23 00:00:00
3697	4	4	251	1650	5	2014-07-15 00:00:00	2014-07-24 00:00:00	171.0765	13.6861	4.2769	2014-07-24 00:00:00
3698	4	4	253	1654	4	2014-07-15 00:00:00	2014-07-24 00:00:00	20397.3	1631.784	509.9325	2014-07-24 00:00:00
3699	4	4	255	1664	3	2014-07-15 00:00:00	2014-07-24 00:00:00	14628.075	1170.246	365.7019	2014-07-24 00:00:00
3700	4	4	252	1678	3	2014-07-15 00:00:00	2014-07-24 00:00:00	58685.55	4694.844	1467.1388	2014-07-24 00:00:00
3701	4	4	259	1616	4	2014-07-15 00:00:00	2014-07-24 00:00:00	500.5665	40.0453	12.5142	2014-07-24 00:00:00
3702	4	4	260	1492	5	2014-07-15 00:00:00	2014-07-24 00:00:00	272.7585	21.8207	6.819	2014-07-24 00:00:00
3703	4	4	258	1602	5	2014-07-15 00:00:00	2014-07-24 00:00:00	1525.23	122.0184	38.1308	2014-07-24 00:00:00
3704	4	3	250	1540	4	2014-07-15 00:00:00	2014-07-24 00:00:00	260.1585	20.8127	6.504	2014-07-24 00:00:00
3705	4	4	257	1628	5	2014-07-15 00:00:00	2014-07-24 00:00:00	34644.225	2771.538	866.1056	2014-07-24 00:00:00
3706	4	4	261	1604	4	2014-07-15 00:00:00	2014-07-24 00:00:00	1839.5055	147.1604	45.9876	2014-07-24 00:00:00
3707	5	4	251	1690	5	2014-07-15 00:00:00	2014-07-24 00:00:00	146.286	11.7029	3.6572	2014-07-24 00:00:00
3708	4	4	253	1566	5	2014-07-15 00:00:00	2014-07-24 00:00:00	102.564	8.2051	2.5641	2014-07-24 00:00:00
3709	4	4	255	1698	5	2014-07-15 00:00:00	2014-07-24 00:00:00	150.7905	12.0632	3.7698	2014-07-24 00:00:00
3710	4	4	256	1560	5	2014-07-15 00:00:00	2014-07-24 00:00:00	13669.425	1093.554	341.7356	2014-07-24 00:00:00
3711	4	4	259	1692	5	2014-07-15 00:00:00	2014-07-24 00:00:00	9948.33	795.8664	248.7083	2014-07-24 00:00:00
3712	4	4	260	1696	4	2014-07-15 00:00:00	2014-07-24 00:00:00	34118.7	2729.496	852.9675	2014-07-24 00:00:00
3713	4	4	258	1504	1	2014-07-16 00:00:00	2014-07-25 00:00:00	551.88	44.1504	13.797	2014-07-25 00:00:00
3714	4	4	254	1544	1	2014-07-16 00:00:00	2014-07-25 00:00:00	3811.5	304.92	95.2875	2014-07-25 00:00:00
3715	4	4	257	1530	2	2014-07-16 00:00:00	2014-07-25 00:00:00	28072.275	2245.782	701.8069	2014-07-25 00:00:00
3716	4	4	261	1508	1	2014-07-16 00:00:00	2014-07-25 00:00:00	37312.275	2984.982	932.8069	2014-07-25 00:00:00
3717	4	4	251	1694	1	2014-07-16 00:00:00	2014-07-25 00:00:00	7623	609.84	190.575	2014-07-25 00:00:00
3718	4	4	253	1624	2	2014-07-16 00:00:00	2014-07-25 00:00:00	28297.5	2263.8	707.4375	2014-07-25 00:00:00
3719	4	4	255	1548	2	2014-07-16 00:00:00	2014-07-25 00:00:00	59.9445	4.7956	1.4986	2014-07-25 00:00:00
3720	4	4	256	1598	4	2014-07-16 00:00:00	2014-07-25 00:00:00	370.755	29.6604	9.2689	2014-07-25 00:00:00
3721	4	4	259	1658	5	2014-07-16 00:00:00	2014-07-25 00:00:00	43878.45	3510.276	1096.9613	2014-07-25 00:00:00
3722	4	4	250	1536	4	2014-07-16 00:00:00	2014-07-25 00:00:00	272.1285	21.7703	6.8032	2014-07-25 00:00:00
3723	4	4	258	1568	2	2014-07-16 00:00:00	2014-07-25 00:00:00	21252	1700.16	531.3	2014-07-25 00:00:00
3724	4	4	254	1648	5	2014-07-16 00:00:00	2014-07-25 00:00:00	142.4115	11.3929	3.5603	2014-07-25 00:00:00
3725	4	4	257	1646	2	2014-07-16 00:00:00	2014-07-25 00:00:00	48030.675	3842.454	1200.7669	2014-07-25 00:00:00
3726	4	4	261	1672	4	2014-07-16 00:00:00	2014-07-25 00:00:00	50983.9365	4078.7149	1274.5984	2014-07-25 00:00:00
3727	4	4	251	1600	1	2014-07-16 00:00:00	2014-07-25 00:00:00	1276.275	102.102	31.9069	2014-07-25 00:00:00
3728	4	4	253	1522	1	2014-07-16 00:00:00	2014-07-25 00:00:00	2003.925	160.314	50.0981	2014-07-25 00:00:00
3729	4	4	255	1570	2	2014-07-17 00:00:00	2014-07-26 00:00:00	50860.425	4068.834	1271.5106	2014-07-26 00:00:00
3730	4	4	256	1516	1	2014-07-17 00:00:00	2014-07-26 00:00:00	454.86	36.3888	11.3715	2014-07-26 00:00:00
3731	4	4	259	1506	5	2014-07-17 00:00:00	2014-07-26 00:00:00	43878.45	3510.276	1096.9613	2014-07-26 00:00:00
3732	4	4	260	1626	2	2014-07-17 00:00:00	2014-07-26 00:00:00	7132.125	570.57	178.3031	2014-07-26 00:00:00
3733	4	4	250	1542	2	2014-07-17 00:00:00	2014-07-26 00:00:00	28343.7	2267.496	708.5925	2014-07-26 00:00:00
3734	4	4	254	1610	4	2014-07-17 00:00:00	2014-07-26 00:00:00	22516.725	1801.338	562.9181	2014-07-26 00:00:00
3735	4	4	257	1638	5	2014-07-17 00:00:00	2014-07-26 00:00:00	34644.225	2771.538	866.1056	2014-07-26 00:00:00
3736	4	4	261	1582	5	2014-07-17 00:00:00	2014-07-26 00:00:00	564.1965	45.1357	14.1049	2014-07-26 00:00:00
3737	4	4	251	1510	5	2014-07-17 00:00:00	2014-07-26 00:00:00	143.0415	11.4433	3.576	2014-07-26 00:00:00
3738	4	4	253	1526	2	2014-07-17 00:00:00	2014-07-26 00:00:00	28199.325	2255.946	704.9831	2014-07-26 00:00:00
3739	4	4	255	1644	1	2014-07-17 00:00:00	2014-07-26 00:00:00	3713.325	297.066	92.8331	2014-07-26 00:00:00
3740	4	4	256	1680	5	2014-07-17 00:00:00	2014-07-26 00:00:00	63831.075	5106.486	1595.7769	2014-07-26 00:00:00
3741	4	4	259	1584	5	2014-07-17 00:00:00	2014-07-26 00:00:00	9799.65	783.972	244.9913	2014-07-26 00:00:00
3742	5	4	260	1620	5	2014-07-17 00:00:00	2014-07-26 00:00:00	5711.475	456.918	142.7869	2014-07-26 00:00:00
3743	4	4	258	1666	5	2014-07-17 00:00:00	2014-07-26 00:00:00	416.745	33.3396	10.4186	2014-07-26 00:00:00
3744	4	4	254	1592	2	2014-07-17 00:00:00	2014-07-26 00:00:00	97.965	7.8372	2.4491	2014-07-26 00:00:00
3745	4	4	257	1618	4	2014-07-18 00:00:00	2014-07-27 00:00:00	114.471	9.1577	2.8618	2014-07-27 00:00:00
3746	4	4	261	1612	4	2014-07-18 00:00:00	2014-07-27 00:00:00	132.6465	10.6117	3.3162	2014-07-27 00:00:00
3747	4	4	251	1586	5	2014-07-18 00:00:00	2014-07-27 00:00:00	43878.45	3510.276	1096.9613	2014-07-27 00:00:00
3748	4	4	253	1500	1	2014-07-18 00:00:00	2014-07-27 00:00:00	418.95	33.516	10.4738	2014-07-27 00:00:00
3749	4	4	255	1656	4	2014-07-18 00:00:00	2014-07-27 00:00:00	633.7485	50.6999	15.8437	2014-07-27 00:00:00
3750	4	4	256	1572	1	2014-07-18 00:00:00	2014-07-27 00:00:00	461.79	36.9432	11.5448	2014-07-27 00:00:00
3751	4	4	252	1562	4	2014-07-18 00:00:00	2014-07-27 00:00:00	475.209	38.0167	11.8802	2014-07-27 00:00:00
3752	4	4	260	1662	2	2014-07-18 00:00:00	2014-07-27 00:00:00	37.0755	2.966	0.9269	2014-07-27 00:00:00
3753	5	4	258	1682	4	2014-07-18 00:00:00	2014-07-27 00:00:00	21558.075	1724.646	538.9519	2014-07-27 00:00:00
3754	4	4	254	1686	4	2014-07-18 00:00:00	2014-07-27 00:00:00	259.8435	20.7875	6.4961	2014-07-27 00:00:00
3755	4	4	257	1684	5	2014-07-18 00:00:00	2014-07-27 00:00:00	86220.75	6897.66	2155.5188	2014-07-27 00:00:00
3756	4	4	261	1534	4	2014-07-18 00:00:00	2014-07-27 00:00:00	484.407	38.7526	12.1102	2014-07-27 00:00:00
3757	4	4	250	1614	5	2014-07-18 00:00:00	2014-07-27 00:00:00	837.9	67.032	20.9475	2014-07-27 00:00:00
3758	4	4	253	1588	5	2014-07-18 00:00:00	2014-07-27 00:00:00	40471.2	3237.696	1011.78	2014-07-27 00:00:00
3759	4	4	255	1622	4	2014-07-18 00:00:00	2014-07-27 00:00:00	661.878	52.9502	16.547	2014-07-27 00:00:00
3760	4	4	256	1632	5	2014-07-18 00:00:00	2014-07-27 00:00:00	62092.8	4967.424	1552.32	2014-07-27 00:00:00
3761	4	4	259	1608	5	2014-07-19 00:00:00	2014-07-28 00:00:00	5948.25	475.86	148.7063	2014-07-28 00:00:00
3762	4	4	260	1576	5	2014-07-19 00:00:00	2014-07-28 00:00:00	91117.95	7289.436	2277.9488	2014-07-28 00:00:00
3763	4	4	258	1590	1	2014-07-19 00:00:00	2014-07-28 00:00:00	525	42	13.125	2014-07-28 00:00:00
3764	4	4	254	1514	5	2014-07-19 00:00:00	2014-07-28 00:00:00	281.8935	22.5515	7.0473	2014-07-28 00:00:00
3765	4	4	252	1498	4	2014-07-19 00:00:00	2014-07-28 00:00:00	26455.275	2116.422	661.3819	2014-07-28 00:00:00
3766	4	4	261	1674	2	2014-07-19 00:00:00	2014-07-28 00:00:00	944.37	75.5496	23.6093	2014-07-28 00:00:00
3767	4	4	251	1652	4	2014-07-19 00:00:00	2014-07-28 00:00:00	51588.075	4127.046	1289.7019	2014-07-28 00:00:00
3768	4	4	253	1578	3	2014-07-19 00:00:00	2014-07-28 00:00:00	62843.55	5027.484	1571.0888	2014-07-28 00:00:00
3769	4	4	255	1538	5	2014-07-19 00:00:00	2014-07-28 00:00:00	37843.575	3027.486	946.0894	2014-07-28 00:00:00
3770	5	4	256	1556	4	2014-07-19 00:00:00	2014-07-28 00:00:00	25531.275	2042.502	638.2819	2014-07-28 00:00:00
3771	4	4	259	1554	4	2014-07-19 00:00:00	2014-07-28 00:00:00	501.1965	40.0957	12.5299	2014-07-28 00:00:00
3772	4	4	260	1688	4	2014-07-19 00:00:00	2014-07-28 00:00:00	125.748	10.0598	3.1437	2014-07-28 00:00:00
3773	4	4	258	1580	5	2014-07-19 00:00:00	2014-07-28 00:00:00	150.7905	12.0632	3.7698	2014-07-28 00:00:00
3774	4	4	254	1496	5	2014-07-19 00:00:00	2014-07-28 00:00:00	279.783	22.3826	6.9946	2014-07-28 00:00:00
3775	4	4	257	1494	2	2014-07-19 00:00:00	2014-07-28 00:00:00	8847.3	707.784	221.1825	2014-07-28 00:00:00
3776	4	4	261	1650	5	2014-07-19 00:00:00	2014-07-28 00:00:00	171.0765	13.6861	4.2769	2014-07-28 00:00:00
3777	4	1	251	1654	4	2014-07-21 00:00:00	2014-07-30 00:00:00	20397.3	1631.784	509.9325	2014-07-30 00:00:00
3778	4	1	253	1664	3	2014-07-21 00:00:00	2014-07-30 00:00:00	14628.075	1170.246	365.7019	2014-07-30 00:00:00
3779	4	1	255	1678	3	2014-07-21 00:00:00	2014-07-30 00:00:00	58685.55	4694.844	1467.1388	2014-07-30 00:00:00
3780	4	1	256	1616	4	2014-07-21 00:00:00	2014-07-30 00:00:00	358.155	28.6524	8.9539	2014-07-30 00:00:00
3781	4	1	259	1492	4	2014-07-21 00:00:00	2014-07-30 00:00:00	501.1965	40.0957	12.5299	2014-07-30 00:00:00
3782	4	1	260	1602	5	2014-07-21 00:00:00	2014-07-30 00:00:00	270.8055	21.6644	6.7701	2014-07-30 00:00:00
3783	4	1	258	1540	4	2014-07-21 00:00:00	2014-07-30 00:00:00	371.2275	29.6982	9.2807	2014-07-30 00:00:00
3784	4	1	254	1628	5	2014-07-21 00:00:00	2014-07-30 00:00:00	34644.225	2771.538	866.1056	2014-07-30 00:00:00
3785	4	1	257	1604	4	2014-07-21 00:00:00	2014-07-30 00:00:00	1839.5055	147.1604	45.9876	2014-07-30 00:00:00
3786	4	1	261	1690	5	2014-07-21 00:00:00	2014-07-30 00:00:00	146.286	11.7029	3.6572	2014-07-30 00:00:00
3787	4	1	251	1566	5	2014-07-21 00:00:00	2014-07-30 00:00:00	102.564	8.2051	2.5641	2014-07-30 00:00:00
3788	4	1	253	1698	5	2014-07-21 00:00:00	2014-07-30 00:00:00	150.7905	12.0632	3.7698	2014-07-30 00:00:00
3789	4	1	252	1560	5	2014-07-21 00:00:00	2014-07-30 00:00:00	13669.425	1093.554	341.7356	2014-07-30 00:00:00
3790	4	1	256	1692	5	2014-07-21 00:00:00	2014-07-30 00:00:00	9637.11	770.9688	240.9278	2014-07-30 00:00:00
3791	4	1	259	1696	5	2014-07-21 00:00:00	2014-07-30 00:00:00	39258.45	3140.676	981.4613	2014-07-30 00:00:00
3792	4	1	260	1504	1	2014-07-21 00:00:00	2014-07-30 00:00:00	551.88	44.1504	13.797	2014-07-30 00:00:00
3793	4	1	258	1544	1	2014-07-22 00:00:00	2014-07-31 00:00:00	3176.25	254.1	79.4063	2014-07-31 00:00:00
3794	4	1	254	1530	2	2014-07-22 00:00:00	2014-07-31 00:00:00	28072.275	2245.782	701.8069	2014-07-31 00:00:00
3795	4	1	257	1508	1	2014-07-22 00:00:00	2014-07-31 00:00:00	37312.275	2984.982	932.8069	2014-07-31 00:00:00
3796	4	1	261	1694	1	2014-07-22 00:00:00	2014-07-31 00:00:00	7623	609.84	190.575	2014-07-31 00:00:00
3797	4	1	251	1624	2	2014-07-22 00:00:00	2014-07-31 00:00:00	28297.5	2263.8	707.4375	2014-07-31 00:00:00
3798	4	1	253	1548	2	2014-07-22 00:00:00	2014-07-31 00:00:00	59.9445	4.7956	1.4986	2014-07-31 00:00:00
3799	4	1	255	1598	4	2014-07-22 00:00:00	2014-07-31 00:00:00	567.378	45.3902	14.1845	2014-07-31 00:00:00
3800	4	1	252	1658	5	2014-07-22 00:00:00	2014-07-31 00:00:00	43878.45	3510.276	1096.9613	2014-07-31 00:00:00
3801	4	1	259	1536	4	2014-07-22 00:00:00	2014-07-31 00:00:00	525.7665	42.0613	13.1442	2014-07-31 00:00:00
3802	4	1	260	1568	2	2014-07-22 00:00:00	2014-07-31 00:00:00	10914.75	873.18	272.8688	2014-07-31 00:00:00
3803	4	1	258	1648	5	2014-07-22 00:00:00	2014-07-31 00:00:00	142.4115	11.3929	3.5603	2014-07-31 00:00:00
3804	4	1	250	1646	2	2014-07-22 00:00:00	2014-07-31 00:00:00	28794.15	2303.532	719.8538	2014-07-31 00:00:00
3805	4	1	257	1672	4	2014-07-22 00:00:00	2014-07-31 00:00:00	51807.3465	4144.5877	1295.1837	2014-07-31 00:00:00
3806	4	1	261	1600	1	2014-07-22 00:00:00	2014-07-31 00:00:00	1276.275	102.102	31.9069	2014-07-31 00:00:00
3807	4	1	251	1522	1	2014-07-22 00:00:00	2014-07-31 00:00:00	2003.925	160.314	50.0981	2014-07-31 00:00:00
3808	4	1	253	1570	2	2014-07-22 00:00:00	2014-07-31 00:00:00	50860.425	4068.834	1271.5106	2014-07-31 00:00:00
3809	4	1	255	1516	1	2014-07-23 00:00:00	2014-08-01 00:00:00	454.86	36.3888	11.3715	2014-08-01 00:00:00
3810	4	1	256	1506	5	2014-07-23 00:00:00	2014-08-01 00:00:00	43878.45	3510.276	1096.9613	2014-08-01 00:00:00
3811	4	1	259	1626	2	2014-07-23 00:00:00	2014-08-01 00:00:00	7132.125	570.57	178.3031	2014-08-01 00:00:00
3812	4	1	260	1542	2	2014-07-23 00:00:00	2014-08-01 00:00:00	28343.7	2267.496	708.5925	2014-08-01 00:00:00
3813	4	1	258	1610	4	2014-07-23 00:00:00	2014-08-01 00:00:00	22516.725	1801.338	562.9181	2014-08-01 00:00:00
3814	4	1	254	1638	5	2014-07-23 00:00:00	2014-08-01 00:00:00	34644.225	2771.538	866.1056	2014-08-01 00:00:00
3815	4	1	257	1582	4	2014-07-23 00:00:00	2014-08-01 00:00:00	1151.4825	92.1186	28.7871	2014-08-01 00:00:00
3816	4	1	261	1510	5	2014-07-23 00:00:00	2014-08-01 00:00:00	143.0415	11.4433	3.576	2014-08-01 00:00:00
3817	4	1	251	1526	2	2014-07-23 00:00:00	2014-08-01 00:00:00	28199.325	2255.946	704.9831	2014-08-01 00:00:00
3818	4	1	253	1644	1	2014-07-23 00:00:00	2014-08-01 00:00:00	3713.325	297.066	92.8331	2014-08-01 00:00:00
3819	4	1	255	1680	5	2014-07-23 00:00:00	2014-08-01 00:00:00	63831.075	5106.486	1595.7769	2014-08-01 00:00:00
3820	5	1	256	1584	5	2014-07-23 00:00:00	2014-08-01 00:00:00	9585.45	766.836	239.6363	2014-08-01 00:00:00
3821	4	1	259	1620	5	2014-07-23 00:00:00	2014-08-01 00:00:00	5711.475	456.918	142.7869	2014-08-01 00:00:00
3822	4	1	250	1666	5	2014-07-23 00:00:00	2014-08-01 00:00:00	273.7035	21.8963	6.8426	2014-08-01 00:00:00
3823	4	1	258	1592	2	2014-07-23 00:00:00	2014-08-01 00:00:00	97.965	7.8372	2.4491	2014-08-01 00:00:00
3824	4	1	254	1618	4	2014-07-23 00:00:00	2014-08-01 00:00:00	114.471	9.1577	2.8618	2014-08-01 00:00:00
3825	4	1	257	1612	4	2014-07-24 00:00:00	2014-08-02 00:00:00	132.6465	10.6117	3.3162	2014-08-02 00:00:00
3826	4	1	261	1586	5	2014-07-24 00:00:00	2014-08-02 00:00:00	43878.45	3510.276	1096.9613	2014-08-02 00:00:00
3827	4	1	251	1500	1	2014-07-24 00:00:00	2014-08-02 00:00:00	418.95	33.516	10.4738	2014-08-02 00:00:00
3828	4	1	253	1656	4	2014-07-24 00:00:00	2014-08-02 00:00:00	607.8555	48.6284	15.1964	2014-08-02 00:00:00
3829	4	1	255	1572	1	2014-07-24 00:00:00	2014-08-02 00:00:00	461.79	36.9432	11.5448	2014-08-02 00:00:00
3830	4	1	256	1562	5	2014-07-24 00:00:00	2014-08-02 00:00:00	414.918	33.1934	10.373	2014-08-02 00:00:00
3831	4	1	259	1662	2	2014-07-24 00:00:00	2014-08-02 00:00:00	37.0755	2.966	0.9269	2014-08-02 00:00:00
3832	4	1	260	1682	4	2014-07-24 00:00:00	2014-08-02 00:00:00	21558.075	1724.646	538.9519	2014-08-02 00:00:00
3833	4	1	250	1686	4	2014-07-24 00:00:00	2014-08-02 00:00:00	364.455	29.1564	9.1114	2014-08-02 00:00:00
3834	4	1	254	1684	5	2014-07-24 00:00:00	2014-08-02 00:00:00	41048.7	3283.896	1026.2175	2014-08-02 00:00:00
3835	4	1	257	1534	4	2014-07-24 00:00:00	2014-08-02 00:00:00	111.5415	8.9233	2.7885	2014-08-02 00:00:00
3836	4	1	261	1614	4	2014-07-24 00:00:00	2014-08-02 00:00:00	390.6	31.248	9.765	2014-08-02 00:00:00
3837	4	1	251	1588	5	2014-07-24 00:00:00	2014-08-02 00:00:00	40471.2	3237.696	1011.78	2014-08-02 00:00:00
3838	4	1	253	1622	4	2014-07-24 00:00:00	2014-08-02 00:00:00	136.332	10.9066	3.4083	2014-08-02 00:00:00
3839	4	1	255	1632	5	2014-07-24 00:00:00	2014-08-02 00:00:00	62092.8	4967.424	1552.32	2014-08-02 00:00:00
3840	4	1	256	1608	5	2014-07-24 00:00:00	2014-08-02 00:00:00	5948.25	475.86	148.7063	2014-08-02 00:00:00
3841	4	1	259	1576	5	2014-07-25 00:00:00	2014-08-03 00:00:00	91117.95	7289.436	2277.9488	2014-08-03 00:00:00
3842	4	1	260	1590	1	2014-07-25 00:00:00	2014-08-03 00:00:00	525	42	13.125	2014-08-03 00:00:00
3843	5	1	258	1514	3	2014-07-25 00:00:00	2014-08-03 00:00:00	1721.79	137.7432	43.0448	2014-08-03 00:00:00
3844	4	1	254	1498	4	2014-07-25 00:00:00	2014-08-03 00:00:00	26455.275	2116.422	661.3819	2014-08-03 00:00:00
3845	4	1	257	1674	2	2014-07-25 00:00:00	2014-08-03 00:00:00	944.37	75.5496	23.6093	2014-08-03 00:00:00
3846	4	1	261	1652	4	2014-07-25 00:00:00	2014-08-03 00:00:00	51588.075	4127.046	1289.7019	2014-08-03 00:00:00
3847	4	1	251	1578	3	2014-07-25 00:00:00	2014-08-03 00:00:00	62843.55	5027.484	1571.0888	2014-08-03 00:00:00
3848	7	1	253	1538	5	2014-07-25 00:00:00	2014-08-03 00:00:00	37843.575	3027.486	946.0894	2014-08-03 00:00:00
3849	4	1	255	1556	4	2014-07-25 00:00:00	2014-08-03 00:00:00	25531.275	2042.502	638.2819	2014-08-03 00:00:00
3850	4	1	256	1554	4	2014-07-25 00:00:00	2014-08-03 00:00:00	358.6275	28.6902	8.9657	2014-08-03 00:00:00
3851	4	1	252	1688	4	2014-07-25 00:00:00	2014-08-03 00:00:00	125.748	10.0598	3.1437	2014-08-03 00:00:00
3852	4	1	260	1580	5	2014-07-25 00:00:00	2014-08-03 00:00:00	150.7905	12.0632	3.7698	2014-08-03 00:00:00
3853	4	1	258	1496	5	2014-07-25 00:00:00	2014-08-03 00:00:00	416.745	33.3396	10.4186	2014-08-03 00:00:00
3854	4	1	254	1494	2	2014-07-25 00:00:00	2014-08-03 00:00:00	8847.3	707.784	221.1825	2014-08-03 00:00:00
3855	4	1	257	1650	5	2014-07-25 00:00:00	2014-08-03 00:00:00	171.0765	13.6861	4.2769	2014-08-03 00:00:00
3856	4	1	261	1654	4	2014-07-25 00:00:00	2014-08-03 00:00:00	20397.3	1631.784	509.9325	2014-08-03 00:00:00
3857	4	1	250	1664	3	2014-07-26 00:00:00	2014-08-04 00:00:00	14628.075	1170.246	365.7019	2014-08-04 00:00:00
3858	5	1	253	1678	3	2014-07-26 00:00:00	2014-08-04 00:00:00	58685.55	4694.844	1467.1388	2014-08-04 00:00:00
3859	4	1	255	1616	4	2014-07-26 00:00:00	2014-08-04 00:00:00	599.4135	47.9531	14.9853	2014-08-04 00:00:00
3860	4	1	256	1492	4	2014-07-26 00:00:00	2014-08-04 00:00:00	358.6275	28.6902	8.9657	2014-08-04 00:00:00
3861	4	1	259	1602	5	2014-07-26 00:00:00	2014-08-04 00:00:00	1525.23	122.0184	38.1308	2014-08-04 00:00:00
3862	4	1	260	1540	4	2014-07-26 00:00:00	2014-08-04 00:00:00	228.438	18.275	5.711	2014-08-04 00:00:00
3863	4	1	258	1628	5	2014-07-26 00:00:00	2014-08-04 00:00:00	34644.225	2771.538	866.1056	2014-08-04 00:00:00
3864	4	1	254	1604	4	2014-07-26 00:00:00	2014-08-04 00:00:00	257.5755	20.606	6.4394	2014-08-04 00:00:00
3865	4	1	252	1690	5	2014-07-26 00:00:00	2014-08-04 00:00:00	146.286	11.7029	3.6572	2014-08-04 00:00:00
3866	4	1	261	1566	5	2014-07-26 00:00:00	2014-08-04 00:00:00	102.564	8.2051	2.5641	2014-08-04 00:00:00
3867	4	1	251	1698	5	2014-07-26 00:00:00	2014-08-04 00:00:00	150.7905	12.0632	3.7698	2014-08-04 00:00:00
3868	4	1	253	1560	5	2014-07-26 00:00:00	2014-08-04 00:00:00	13669.425	1093.554	341.7356	2014-08-04 00:00:00
3869	4	1	255	1692	5	2014-07-26 00:00:00	2014-08-04 00:00:00	6756.12	540.4896	168.903	2014-08-04 00:00:00
3870	4	1	256	1696	2	2014-07-26 00:00:00	2014-08-04 00:00:00	50860.425	4068.834	1271.5106	2014-08-04 00:00:00
3871	4	1	259	1504	1	2014-07-26 00:00:00	2014-08-04 00:00:00	551.88	44.1504	13.797	2014-08-04 00:00:00
3872	4	1	260	1544	1	2014-07-26 00:00:00	2014-08-04 00:00:00	3811.5	304.92	95.2875	2014-08-04 00:00:00
3873	4	1	258	1530	2	2014-07-27 00:00:00	2014-08-05 00:00:00	28072.275	2245.782	701.8069	2014-08-05 00:00:00
3874	4	1	254	1508	1	2014-07-27 00:00:00	2014-08-05 00:00:00	35394.975	2831.598	884.8744	2014-08-05 00:00:00
3875	4	1	257	1694	1	2014-07-27 00:00:00	2014-08-05 00:00:00	7623	609.84	190.575	2014-08-05 00:00:00
3876	4	1	261	1624	2	2014-07-27 00:00:00	2014-08-05 00:00:00	28297.5	2263.8	707.4375	2014-08-05 00:00:00
3877	4	1	251	1548	2	2014-07-27 00:00:00	2014-08-05 00:00:00	59.9445	4.7956	1.4986	2014-08-05 00:00:00
3878	4	1	253	1598	4	2014-07-27 00:00:00	2014-08-05 00:00:00	117.432	9.3946	2.9358	2014-08-05 00:00:00
3879	4	1	255	1658	5	2014-07-27 00:00:00	2014-08-05 00:00:00	43878.45	3510.276	1096.9613	2014-08-05 00:00:00
3880	4	1	256	1536	4	2014-07-27 00:00:00	2014-08-05 00:00:00	377.055	30.1644	9.4264	2014-08-05 00:00:00
3881	4	1	259	1568	1	2014-07-27 00:00:00	2014-08-05 00:00:00	18220.125	1457.61	455.5031	2014-08-05 00:00:00
3882	4	1	260	1648	5	2014-07-27 00:00:00	2014-08-05 00:00:00	142.4115	11.3929	3.5603	2014-08-05 00:00:00
3883	4	1	258	1646	5	2014-07-27 00:00:00	2014-08-05 00:00:00	19236.525	1538.922	480.9131	2014-08-05 00:00:00
3884	4	1	254	1672	4	2014-07-27 00:00:00	2014-08-05 00:00:00	285.0435	22.8035	7.1261	2014-08-05 00:00:00
3885	4	1	257	1600	1	2014-07-27 00:00:00	2014-08-05 00:00:00	1276.275	102.102	31.9069	2014-08-05 00:00:00
3886	4	1	261	1522	1	2014-07-27 00:00:00	2014-08-05 00:00:00	2003.925	160.314	50.0981	2014-08-05 00:00:00
3887	4	1	251	1570	2	2014-07-27 00:00:00	2014-08-05 00:00:00	50860.425	4068.834	1271.5106	2014-08-05 00:00:00
3888	4	1	253	1516	1	2014-07-27 00:00:00	2014-08-05 00:00:00	454.86	36.3888	11.3715	2014-08-05 00:00:00
3889	4	1	252	1506	5	2014-07-28 00:00:00	2014-08-06 00:00:00	43878.45	3510.276	1096.9613	2014-08-06 00:00:00
3890	6	1	256	1626	2	2014-07-28 00:00:00	2014-08-06 00:00:00	7132.125	570.57	178.3031	2014-08-06 00:00:00
3891	4	1	259	1542	2	2014-07-28 00:00:00	2014-08-06 00:00:00	28343.7	2267.496	708.5925	2014-08-06 00:00:00
3892	4	1	260	1610	4	2014-07-28 00:00:00	2014-08-06 00:00:00	22516.725	1801.338	562.9181	2014-08-06 00:00:00
3893	4	1	258	1638	5	2014-07-28 00:00:00	2014-08-06 00:00:00	34644.225	2771.538	866.1056	2014-08-06 00:00:00
3894	4	1	254	1582	5	2014-07-28 00:00:00	2014-08-06 00:00:00	278.838	22.307	6.971	2014-08-06 00:00:00
3895	4	1	257	1510	5	2014-07-28 00:00:00	2014-08-06 00:00:00	143.0415	11.4433	3.576	2014-08-06 00:00:00
3896	4	1	261	1526	2	2014-07-28 00:00:00	2014-08-06 00:00:00	28199.325	2255.946	704.9831	2014-08-06 00:00:00
3897	4	1	251	1644	1	2014-07-28 00:00:00	2014-08-06 00:00:00	3713.325	297.066	92.8331	2014-08-06 00:00:00
3898	4	1	253	1680	5	2014-07-28 00:00:00	2014-08-06 00:00:00	63831.075	5106.486	1595.7769	2014-08-06 00:00:00
3899	4	1	255	1584	5	2014-07-28 00:00:00	2014-08-06 00:00:00	6754.86	540.3888	168.8715	2014-08-06 00:00:00
3900	4	1	252	1620	5	2014-07-28 00:00:00	2014-08-06 00:00:00	5711.475	456.918	142.7869	2014-08-06 00:00:00
3901	4	1	259	1666	4	2014-07-28 00:00:00	2014-08-06 00:00:00	503.0865	40.2469	12.5772	2014-08-06 00:00:00
3902	4	1	260	1592	2	2014-07-28 00:00:00	2014-08-06 00:00:00	97.965	7.8372	2.4491	2014-08-06 00:00:00
3903	4	1	258	1618	4	2014-07-28 00:00:00	2014-08-06 00:00:00	114.471	9.1577	2.8618	2014-08-06 00:00:00
3904	4	1	250	1612	4	2014-07-28 00:00:00	2014-08-06 00:00:00	132.6465	10.6117	3.3162	2014-08-06 00:00:00
3905	4	1	257	1586	5	2014-07-29 00:00:00	2014-08-07 00:00:00	43878.45	3510.276	1096.9613	2014-08-07 00:00:00
3906	4	1	261	1500	1	2014-07-29 00:00:00	2014-08-07 00:00:00	418.95	33.516	10.4738	2014-08-07 00:00:00
3907	4	1	251	1656	4	2014-07-29 00:00:00	2014-08-07 00:00:00	824.355	65.9484	20.6089	2014-08-07 00:00:00
3908	4	1	253	1572	1	2014-07-29 00:00:00	2014-08-07 00:00:00	461.79	36.9432	11.5448	2014-08-07 00:00:00
3909	4	1	255	1562	4	2014-07-29 00:00:00	2014-08-07 00:00:00	630.378	50.4302	15.7595	2014-08-07 00:00:00
3910	4	1	256	1662	2	2014-07-29 00:00:00	2014-08-07 00:00:00	37.0755	2.966	0.9269	2014-08-07 00:00:00
3911	4	1	259	1682	4	2014-07-29 00:00:00	2014-08-07 00:00:00	21558.075	1724.646	538.9519	2014-08-07 00:00:00
3912	4	1	260	1686	4	2014-07-29 00:00:00	2014-08-07 00:00:00	234.6435	18.7715	5.8661	2014-08-07 00:00:00
3913	4	1	258	1684	4	2014-07-29 00:00:00	2014-08-07 00:00:00	45172.05	3613.764	1129.3013	2014-08-07 00:00:00
3914	4	1	254	1534	5	2014-07-29 00:00:00	2014-08-07 00:00:00	279.783	22.3826	6.9946	2014-08-07 00:00:00
3915	4	1	257	1614	5	2014-07-29 00:00:00	2014-08-07 00:00:00	1228.5	98.28	30.7125	2014-08-07 00:00:00
3916	4	1	261	1588	5	2014-07-29 00:00:00	2014-08-07 00:00:00	40471.2	3237.696	1011.78	2014-08-07 00:00:00
3917	4	1	251	1622	5	2014-07-29 00:00:00	2014-08-07 00:00:00	836.01	66.8808	20.9003	2014-08-07 00:00:00
3918	4	1	253	1632	5	2014-07-29 00:00:00	2014-08-07 00:00:00	62092.8	4967.424	1552.32	2014-08-07 00:00:00
3919	5	1	255	1608	5	2014-07-29 00:00:00	2014-08-07 00:00:00	5948.25	475.86	148.7063	2014-08-07 00:00:00
3920	4	1	256	1576	5	2014-07-29 00:00:00	2014-08-07 00:00:00	91117.95	7289.436	2277.9488	2014-08-07 00:00:00
3921	4	1	259	1590	1	2014-07-30 00:00:00	2014-08-08 00:00:00	525	42	13.125	2014-08-08 00:00:00
3922	4	1	250	1514	5	2014-07-30 00:00:00	2014-08-08 00:00:00	281.8935	22.5515	7.0473	2014-08-08 00:00:00
3923	4	1	258	1498	4	2014-07-30 00:00:00	2014-08-08 00:00:00	26455.275	2116.422	661.3819	2014-08-08 00:00:00
3924	4	1	254	1674	2	2014-07-30 00:00:00	2014-08-08 00:00:00	944.37	75.5496	23.6093	2014-08-08 00:00:00
3925	4	1	257	1652	4	2014-07-30 00:00:00	2014-08-08 00:00:00	51588.075	4127.046	1289.7019	2014-08-08 00:00:00
3926	4	1	261	1578	3	2014-07-30 00:00:00	2014-08-08 00:00:00	62843.55	5027.484	1571.0888	2014-08-08 00:00:00
3927	4	1	251	1538	5	2014-07-30 00:00:00	2014-08-08 00:00:00	37843.575	3027.486	946.0894	2014-08-08 00:00:00
3928	4	1	253	1556	4	2014-07-30 00:00:00	2014-08-08 00:00:00	25531.275	2042.502	638.2819	2014-08-08 00:00:00
3929	4	1	255	1554	4	2014-07-30 00:00:00	2014-08-08 00:00:00	234.9585	18.7967	5.874	2014-08-08 00:00:00
3930	4	1	256	1688	4	2014-07-30 00:00:00	2014-08-08 00:00:00	125.748	10.0598	3.1437	2014-08-08 00:00:00
3931	4	1	259	1580	5	2014-07-30 00:00:00	2014-08-08 00:00:00	150.7905	12.0632	3.7698	2014-08-08 00:00:00
3932	4	1	260	1496	5	2014-07-30 00:00:00	2014-08-08 00:00:00	273.7035	21.8963	6.8426	2014-08-08 00:00:00
3933	4	1	250	1494	2	2014-07-30 00:00:00	2014-08-08 00:00:00	8847.3	707.784	221.1825	2014-08-08 00:00:00
3934	4	1	254	1650	5	2014-07-30 00:00:00	2014-08-08 00:00:00	171.0765	13.6861	4.2769	2014-08-08 00:00:00
3935	4	1	257	1654	4	2014-07-30 00:00:00	2014-08-08 00:00:00	20397.3	1631.784	509.9325	2014-08-08 00:00:00
3936	4	1	261	1664	3	2014-07-30 00:00:00	2014-08-08 00:00:00	14628.075	1170.246	365.7019	2014-08-08 00:00:00
3937	4	1	251	1678	3	2014-07-31 00:00:00	2014-08-09 00:00:00	58685.55	4694.844	1467.1388	2014-08-09 00:00:00
3938	4	1	253	1616	5	2014-07-31 00:00:00	2014-08-09 00:00:00	693.378	55.4702	17.3345	2014-08-09 00:00:00
3939	4	1	255	1492	4	2014-07-31 00:00:00	2014-08-09 00:00:00	234.9585	18.7967	5.874	2014-08-09 00:00:00
3940	4	1	256	1602	5	2014-07-31 00:00:00	2014-08-09 00:00:00	1796.0355	143.6828	44.9009	2014-08-09 00:00:00
3941	4	1	259	1540	4	2014-07-31 00:00:00	2014-08-09 00:00:00	514.7415	41.1793	12.8685	2014-08-09 00:00:00
3942	4	1	260	1628	5	2014-07-31 00:00:00	2014-08-09 00:00:00	34644.225	2771.538	866.1056	2014-08-09 00:00:00
3943	5	1	258	1604	3	2014-07-31 00:00:00	2014-08-09 00:00:00	1581.93	126.5544	39.5483	2014-08-09 00:00:00
3944	4	1	254	1690	5	2014-07-31 00:00:00	2014-08-09 00:00:00	146.286	11.7029	3.6572	2014-08-09 00:00:00
3945	4	1	257	1566	5	2014-07-31 00:00:00	2014-08-09 00:00:00	102.564	8.2051	2.5641	2014-08-09 00:00:00
3946	4	1	261	1698	5	2014-07-31 00:00:00	2014-08-09 00:00:00	150.7905	12.0632	3.7698	2014-08-09 00:00:00
3947	4	1	251	1560	5	2014-07-31 00:00:00	2014-08-09 00:00:00	13669.425	1093.554	341.7356	2014-08-09 00:00:00
3948	4	1	253	1692	5	2014-07-31 00:00:00	2014-08-09 00:00:00	16393.23	1311.4584	409.8308	2014-08-09 00:00:00
3949	4	1	255	1696	2	2014-07-31 00:00:00	2014-08-09 00:00:00	79204.125	6336.33	1980.1031	2014-08-09 00:00:00
3950	4	1	256	1504	1	2014-07-31 00:00:00	2014-08-09 00:00:00	551.88	44.1504	13.797	2014-08-09 00:00:00
3951	4	1	252	1544	1	2014-07-31 00:00:00	2014-08-09 00:00:00	3176.25	254.1	79.4063	2014-08-09 00:00:00
3952	4	1	260	1530	2	2014-07-31 00:00:00	2014-08-09 00:00:00	28072.275	2245.782	701.8069	2014-08-09 00:00:00
3953	4	1	258	1508	1	2014-08-01 00:00:00	2014-08-10 00:00:00	1917.3	153.384	47.9325	2014-08-10 00:00:00
3954	4	1	254	1694	1	2014-08-01 00:00:00	2014-08-10 00:00:00	4215.75	337.26	105.3938	2014-08-10 00:00:00
3955	4	1	257	1624	2	2014-08-01 00:00:00	2014-08-10 00:00:00	28297.5	2263.8	707.4375	2014-08-10 00:00:00
3956	4	1	261	1548	2	2014-08-01 00:00:00	2014-08-10 00:00:00	59.9445	4.7956	1.4986	2014-08-10 00:00:00
3957	4	1	250	1598	4	2014-08-01 00:00:00	2014-08-10 00:00:00	722.61	57.8088	18.0653	2014-08-10 00:00:00
3958	4	1	253	1658	5	2014-08-01 00:00:00	2014-08-10 00:00:00	43878.45	3510.276	1096.9613	2014-08-10 00:00:00
3959	4	1	255	1536	4	2014-08-01 00:00:00	2014-08-10 00:00:00	592.7985	47.4239	14.82	2014-08-10 00:00:00
3960	4	1	256	1568	1	2014-08-01 00:00:00	2014-08-10 00:00:00	13825.35	1106.028	345.6338	2014-08-10 00:00:00
3961	4	1	259	1648	5	2014-08-01 00:00:00	2014-08-10 00:00:00	142.4115	11.3929	3.5603	2014-08-10 00:00:00
3962	5	1	260	1646	2	2014-08-01 00:00:00	2014-08-10 00:00:00	28794.15	2303.532	719.8538	2014-08-10 00:00:00
3963	4	1	258	1672	4	2014-08-01 00:00:00	2014-08-10 00:00:00	408.555	32.6844	10.2139	2014-08-10 00:00:00
3964	4	1	254	1600	1	2014-08-01 00:00:00	2014-08-10 00:00:00	1276.275	102.102	31.9069	2014-08-10 00:00:00
3965	4	1	252	1522	1	2014-08-01 00:00:00	2014-08-10 00:00:00	2003.925	160.314	50.0981	2014-08-10 00:00:00
3966	4	1	261	1570	2	2014-08-01 00:00:00	2014-08-10 00:00:00	50860.425	4068.834	1271.5106	2014-08-10 00:00:00
3967	4	1	251	1516	1	2014-08-01 00:00:00	2014-08-10 00:00:00	454.86	36.3888	11.3715	2014-08-10 00:00:00
3968	4	1	253	1506	5	2014-08-01 00:00:00	2014-08-10 00:00:00	43878.45	3510.276	1096.9613	2014-08-10 00:00:00
3969	4	1	255	1626	2	2014-08-02 00:00:00	2014-08-11 00:00:00	7132.125	570.57	178.3031	2014-08-11 00:00:00
3970	5	1	256	1542	2	2014-08-02 00:00:00	2014-08-11 00:00:00	28343.7	2267.496	708.5925	2014-08-11 00:00:00
3971	4	1	259	1610	4	2014-08-02 00:00:00	2014-08-11 00:00:00	22516.725	1801.338	562.9181	2014-08-11 00:00:00
3972	4	1	260	1638	5	2014-08-02 00:00:00	2014-08-11 00:00:00	34644.225	2771.538	866.1056	2014-08-11 00:00:00
3973	4	1	258	1582	5	2014-08-02 00:00:00	2014-08-11 00:00:00	415.3275	33.2262	10.3832	2014-08-11 00:00:00
3974	4	1	254	1510	5	2014-08-02 00:00:00	2014-08-11 00:00:00	143.0415	11.4433	3.576	2014-08-11 00:00:00
3975	4	1	257	1526	2	2014-08-02 00:00:00	2014-08-11 00:00:00	28199.325	2255.946	704.9831	2014-08-11 00:00:00
3976	4	1	261	1644	1	2014-08-02 00:00:00	2014-08-11 00:00:00	3713.325	297.066	92.8331	2014-08-11 00:00:00
3977	4	1	251	1680	5	2014-08-02 00:00:00	2014-08-11 00:00:00	63831.075	5106.486	1595.7769	2014-08-11 00:00:00
3978	4	1	253	1584	5	2014-08-02 00:00:00	2014-08-11 00:00:00	16340.31	1307.2248	408.5078	2014-08-11 00:00:00
3979	4	1	255	1620	5	2014-08-02 00:00:00	2014-08-11 00:00:00	5711.475	456.918	142.7869	2014-08-11 00:00:00
3980	4	1	256	1666	4	2014-08-02 00:00:00	2014-08-11 00:00:00	360.045	28.8036	9.0011	2014-08-11 00:00:00
3981	4	1	259	1592	2	2014-08-02 00:00:00	2014-08-11 00:00:00	97.965	7.8372	2.4491	2014-08-11 00:00:00
3982	4	1	260	1618	4	2014-08-02 00:00:00	2014-08-11 00:00:00	114.471	9.1577	2.8618	2014-08-11 00:00:00
3983	4	1	258	1612	4	2014-08-02 00:00:00	2014-08-11 00:00:00	132.6465	10.6117	3.3162	2014-08-11 00:00:00
3984	4	1	254	1586	5	2014-08-02 00:00:00	2014-08-11 00:00:00	43878.45	3510.276	1096.9613	2014-08-11 00:00:00
3985	4	1	257	1500	1	2014-08-03 00:00:00	2014-08-12 00:00:00	418.95	33.516	10.4738	2014-08-12 00:00:00
3986	4	1	261	1656	4	2014-08-03 00:00:00	2014-08-12 00:00:00	525.7665	42.0613	13.1442	2014-08-12 00:00:00
3987	4	1	251	1572	1	2014-08-03 00:00:00	2014-08-12 00:00:00	461.79	36.9432	11.5448	2014-08-12 00:00:00
3988	4	1	253	1562	4	2014-08-03 00:00:00	2014-08-12 00:00:00	481.887	38.551	12.0472	2014-08-12 00:00:00
3989	4	1	252	1662	2	2014-08-03 00:00:00	2014-08-12 00:00:00	37.0755	2.966	0.9269	2014-08-12 00:00:00
3990	4	1	256	1682	4	2014-08-03 00:00:00	2014-08-12 00:00:00	21558.075	1724.646	538.9519	2014-08-12 00:00:00
3991	4	1	259	1686	4	2014-08-03 00:00:00	2014-08-12 00:00:00	475.6815	38.0545	11.892	2014-08-12 00:00:00
3992	4	1	260	1684	5	2014-08-03 00:00:00	2014-08-12 00:00:00	41048.7	3283.896	1026.2175	2014-08-12 00:00:00
3993	4	1	258	1534	5	2014-08-03 00:00:00	2014-08-12 00:00:00	416.745	33.3396	10.4186	2014-08-12 00:00:00
3994	4	1	254	1614	5	2014-08-03 00:00:00	2014-08-12 00:00:00	279.153	22.3322	6.9788	2014-08-12 00:00:00
3995	5	1	257	1588	5	2014-08-03 00:00:00	2014-08-12 00:00:00	40471.2	3237.696	1011.78	2014-08-12 00:00:00
3996	4	1	261	1622	4	2014-08-03 00:00:00	2014-08-12 00:00:00	389.655	31.1724	9.7414	2014-08-12 00:00:00
3997	4	1	251	1632	5	2014-08-03 00:00:00	2014-08-12 00:00:00	62092.8	4967.424	1552.32	2014-08-12 00:00:00
3998	4	1	253	1608	5	2014-08-03 00:00:00	2014-08-12 00:00:00	5948.25	475.86	148.7063	2014-08-12 00:00:00
3999	4	1	255	1576	5	2014-08-03 00:00:00	2014-08-12 00:00:00	91117.95	7289.436	2277.9488	2014-08-12 00:00:00
4000	4	1	252	1590	1	2014-08-03 00:00:00	2014-08-12 00:00:00	525	42	13.125	2014-08-12 00:00:00
4001	8	2	260	1520	3	2014-02-11 00:00:00	2014-03-08 00:00:00	4578.315	366.2652	91.5663	2015-08-12 12:25:46.233
4002	7	2	252	1574	3	2014-09-22 00:00:00	2014-10-17 00:00:00	1020	81.6	20.4	2015-08-12 12:25:46.343
4003	7	2	252	1636	3	2014-05-14 00:00:00	2014-06-08 00:00:00	27453.6	2196.288	549.072	2015-08-12 12:25:46.36
4004	8	2	252	1636	3	2013-11-03 00:00:00	2013-11-28 00:00:00	46383	3710.64	927.66	2015-08-12 12:25:46.36
4005	6	2	252	1636	3	2014-01-27 00:00:00	2014-02-21 00:00:00	7425	594	148.5	2015-08-12 12:25:46.373
4006	12	2	256	1518	3	2014-01-18 00:00:00	2014-02-12 00:00:00	21882.5	1750.6	437.65	2015-08-12 12:25:46.39
4007	14	2	251	1594	3	2014-03-01 00:00:00	2014-03-26 00:00:00	554020	44321.6	11080.4	2015-08-12 12:25:46.407
4008	20	2	258	1676	3	2014-04-22 00:00:00	2014-05-17 00:00:00	396729	31738.32	7934.58	2015-08-12 12:25:46.42
4009	9	2	261	1546	3	2013-11-09 00:00:00	2013-12-04 00:00:00	14915	1193.2	298.3	2015-08-12 12:25:46.453
4010	7	2	260	1574	3	2013-11-09 00:00:00	2013-12-04 00:00:00	37760	3020.8	755.2	2015-08-12 12:25:46.47
4011	10	2	254	1546	3	2014-06-24 00:00:00	2014-07-19 00:00:00	54492.5	4359.4	1089.85	2015-08-12 12:25:46.47
4012	9	2	254	1636	3	2014-06-24 00:00:00	2014-07-19 00:00:00	997680	79814.4	19953.6	2015-08-12 12:25:46.483
\.

