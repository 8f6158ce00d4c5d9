"""Regenerates ../manifest.json: finds each defect's anchor text in its file to set the 1-based line.
Run after editing a proposal: python3 tools/make_manifest.py"""
import json, os
D=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLS=json.load(open(os.path.join(D,'tools','defect-classes.json'),encoding='utf-8'))
def d(clause, find, desc, rule=None, sev='error', span=0, missing=False):
    return dict(clause=clause, find=find, description=desc, rule_hint=rule, severity=sev, span=span, missing=missing)
E={}
# ---------------- Esbjerg ----------------
E['esbjerg-01.md']=('esbjerg','da',True,[],"Owner given as a bold label inside a paragraph under '## 2. Organisering' (not an owner heading), followed by Projektleder/Styregruppe lines that are not owners. Year-column tables in t.kr. with bold total row and Danish thousands separator (1.050); totals correct. No currency code: DKK follows from the strategy. Shared solutions named under '4. Fællesoffentlig løsning' with 'Der er ikke behov for at afvige' (negation that is fine). Priority criteria as bold-labelled bullets under '3.1'. Header has Sagsnr./Dato/Version label lines.")
E['esbjerg-02.md']=('esbjerg','da',False,[
 d('ESB-8',"**Projektejer:** Kultur & Fritid","Two project owners (two Projektejer lines, plus 'ejes i fællesskab'); ESB-8 demands en entydig ejer. Point at the first owner line (second is the next line).",'single-owner',span=1),
 d('ESB-3.1b',"Vi vælger i stedet et standardsystem","Deviates from an existing fælleskommunal booking solution; the reason given ('passer bedre til vores arbejdsgange') is none of the five følg-eller-forklar grounds and there is no explanation of the circumstances.",'shared-solution'),
],None)
E['esbjerg-03.md']=('esbjerg','da',True,[],"'Ejer: Teknik og Miljø' (department name with 'og') followed by a 'Projektleder:' line: one owner. Numbered H1 ('4.2 Projektforslag: …'). Deviation from the fælleskommunal scanning agreement with the ground 'væsentligt dyrere' and a full explanation with figures; Byg og Miljø still used. '1.000 kr.' year table, totals correct. Struck-out old value (~~110~~ 120) in a benefit sentence. Priority criteria as plain bullets under 'Prioriteringskriterier:' label. Headings 'Strategisk sammenhæng', 'Økonomi og finansiering', 'Fællesoffentlig løsning – følg eller forklar'.")
E['esbjerg-04.md']=('esbjerg','da',False,[
 d('ESB-8',"| I alt | 850 | 140 | 140 | 1.160 |","Year-column cost table: the grand total 1.160 does not equal the row totals (650+360+120=1.130) nor the column totals (850+140+140=1.130). Column totals and row totals are otherwise right.",'business-case'),
 d('ESB-4.1',"Effektivisering: løsningen vil give","The Effektivisering criterion only says the solution 'vil give effektiviseringsgevinster'; it does not state how the gains will be used in the business, which ESB-4.1 demands.",'priority-criteria'),
],None)
E['esbjerg-05.yaml']=('esbjerg','da',True,[],"Danish keys throughout (titel, ejer/navn/rolle/enhed, sammenhæng-med-it-strategien, tværgående-konsekvenser, fællesoffentlig-løsning, tidsplan, post/beløb/år); mixed with English priorityCriteria keys. totals given and correct (1.690.000 / 1.800.000). sharedSolution used with SKI-rammeaftale and KOMBIT component.")
E['esbjerg-06.yaml']=('esbjerg','da',False,[
 d('ESB-3.1b',"explanation: Vi anvender ikke Digital Post","Deviation from the shared public solution Digital Post with no ground at all (no grounds key) and an 'explanation' that only restates that it is not used. The sentence names Digital Post but in a negated statement.",'shared-solution'),
 d('ESB-8',"strategisk-sammenhæng:","No tværgående konsekvenser (cross-cutting consequences) anywhere in the file; ESB-8(d) requires them. A reviewer points at the front of the document (line 1) or after the strategy-alignment key; line given is where the field would belong.",'cross-cutting-consequences',missing=True),
],None)
E['esbjerg-07.md']=('esbjerg','en',True,[],"English proposal for a Danish strategy. Owner named in prose under 'Ownership' with title and directorate ('Mette Schou, Director of Children & Culture'), with a project manager in the following sentence who is not an owner. Cost table in 'DKK thousands' (row/column totals correct); benefits in a sentence. Shared solution 'No deviation from shared public solutions' (negation, fine). Data processing agreement mentioned under cross-cutting consequences.")
E['esbjerg-08.md']=('esbjerg','en',False,[
 d('ESB-8',"Owner: to be decided","Owner placeholder: 'to be decided between' two departments; no unambiguous owner.",'single-owner'),
 d('ESB-8',"## 6. Cost-benefit","Business case without any benefit (no benefit lines, no benefit sentence); ESB-8(e) requires an estimate of costs and benefits. Point at the Cost-benefit heading.",'business-case',missing=True),
],None)
E['esbjerg-09.md']=('esbjerg','da',True,[],"Danish state business-case model shape (Stamdata table, 'Forretningens formål med projektet', 'Økonomisk overblik', 'Gevinster'). Owner only in a signature block at the end ('Indstillet af: … Projektejer'), not in a section. Priority criteria as bold-labelled bullets under the non-vocabulary heading '3. Vurdering'; strategy alignment as the last sentence in that section. Shared-solution status 'none available' with what was checked under 'Markedsafdækning og fællesoffentlige løsninger'. Cost table with a type column (anlæg/drift) and year columns; totals correct. The phrase 'MitID Erhverv er ikke relevant' is a negation, not a deviation.")
E['esbjerg-10.md']=('esbjerg','da',False,[
 d('ESB-3.1b',"Vi afviger fra den, fordi den er væsentligt dyrere.","Deviation names a valid ground (væsentligt dyrere) but gives no explanation of the circumstances (no figures, no comparison), which ESB-3.1b requires.",'shared-solution'),
 d('ESB-8',"## Beskrivelse","No section or sentence on how the project lives up to the IT strategy (ESB-8(c)); Point at the start of the body.",'strategy-alignment',missing=True),
 d('ESB-4.1',"## Beskrivelse","No prioritisation criteria at all (Standardisering, Kommunal sammenhæng, Effektivisering); the only trace is that freed time goes to company visits, in the benefit paragraph.",'priority-criteria',missing=True),
],"Wiki export: owner in a table cell with '&amp;' ('Beskæftigelse &amp; Social' is one owner), '&nbsp;' in the project manager cell, '<br>' in a benefit paragraph. Those are traps, not defects.")
# ---------------- Nordfyns ----------------
E['nordfyns-01.md']=('nordfyns','da',True,[],"Owner as 'Projektejer:' label line inside the description section, followed by a sentence on approval. Channel costs (75/40/20 kr.) under a non-vocabulary heading 'Kanalstrategi'. Costs and a benefit row in one year table, kr. with Danish thousands separators; totals right. Advantages/disadvantages as bold labels. Evaluation date and responsible in sentences ('senest 1. september 2028 … Ansvarlig: …'). Work process under '4. Forventet arbejdsgang'. Proven solution and external operation stated.")
E['nordfyns-02.md']=('nordfyns','da',False,[
 d('NFY-6c',"Evalueringsform og tidspunkt aftales senere","Evaluation process deferred ('aftales senere'); NFY-6c demands an agreed evaluation process.",'evaluation'),
 d('NFY-6c',"Fordele: kortere sagsbehandlingstid","Advantages listed but no disadvantages; NFY-6c requires costs, advantages and disadvantages set up in the standardised way.",'business-case',sev='error'),
],"Cost table mixes costs and a benefit row without a type column; 'Sparet sagsbehandlingstid pr. år' is a benefit, not a cost.")
E['nordfyns-03.md']=('nordfyns','da',True,[],"Danish state business-case template: Stamdata as a two-column table with 'Projektejer' in a cell; 'Forretningens formål med projektet' = description; 'Økonomisk overblik' year table with four year columns, costs and benefits in one table, totals correct; 'Gevinstrealiseringsplan'; evaluation with date and responsible in prose. One ESDH for citizen documents (NFY-4) is the project itself.")
E['nordfyns-04.md']=('nordfyns','da',False,[
 d('NFY-6c',"| I alt | 1.400.000 kr. |","Business case shows only the acquisition; no operating or maintenance costs (service, repairs, water/power) for 40 toilets over their lifetime. NFY-6c: all costs.",'business-case'),
 d('NFY-6c',"## Økonomi","No description of the expected work process (how care staff work differently); NFY-6c says acquisition rests on a description of the expected work process. A reviewer points at where it belongs (before/at the economy section) or line 1.",'work-process',missing=True),
],"Evaluation date and responsible are given in one sentence (fine).")
E['nordfyns-05.yaml']=('nordfyns','da',True,[],"YAML with Danish keys and an unknown but ordinary key 'sagsnr'/'projektleder'. Advantages, disadvantages, evaluation {method,date,responsible}, work process ('arbejdsgang') all present; totals correct (157.000 / 280.000).")
E['nordfyns-06.yaml']=('nordfyns','da',False,[
 d('NFY-6c',"totals: { costs: 825000","totals.costs 825.000 does not equal the sum of the cost lines (720.000+60.000+45.000+45.000 = 870.000). Benefits total is right.",'business-case'),
],"Owner given as one string with title and unit ('Kultur- og fritidschef Hanne Vinther, Kultur og Fritid') – one owner. 'projektleder' is an ordinary field.")
E['nordfyns-07.md']=('nordfyns','en',True,[],"English proposal for Nordfyns. Owner under 'Project owner' as 'Name, Title, Unit'. Separate cost and benefit year tables with 'Total' column, comma thousands separators; totals right. Evaluation described as 'post-implementation review' with date and responsible in a sentence.")
E['nordfyns-08.md']=('nordfyns','en',False,[
 d('NFY-6c',"The work process will be described once the supplier","Work process deferred until after supplier selection; NFY-6c requires the acquisition to rest on a description of the expected work process.",'work-process'),
],"Cost/benefit table with a 'Kind' column containing 'benefit'; row totals correct.")
E['nordfyns-09.md']=('nordfyns','da',True,[],"ALL-CAPS headings (BAGGRUND, ANSVAR, LØSNINGEN, FORVENTET ARBEJDSGANG, OMKOSTNINGER OG GEVINSTER, EVALUERING). Owner as ALL-CAPS label 'PROJEKTEJER:'. Table with an 'Art' column (anlæg/drift/gevinst) and year columns; totals correct. FORDELE/ULEMPER as caps labels. Channel shift with the strategy's unit prices.")
E['nordfyns-10.md']=('nordfyns','da',False,[
 d('NFY-6d',"telefontiden udvides til kl. 18","The project moves inquiries towards the expensive phone channel (extended phone hours, more staff) without any move to self-service; NFY-6d: communication is digital, inquiries move from expensive to cheap channels.",'channel-shift'),
 d('NFY-6c',"Løsningen evalueres, når den har været i drift et stykke tid.","Evaluation without method, date or responsible ('når den har været i drift et stykke tid'): no agreed evaluation process.",'evaluation'),
],"Revision change list at the top ('4. Økonomi: …', '5. Evaluering: tilføjet.') is not the economy or evaluation section.")
# ---------------- Stockholm ----------------
E['stockholm-01.md']=('stockholm','sv',True,[],"Amounts with space thousands separator ('1 150') in tkr; year tables with 'Summa'. Focus areas written as numbers with text in parentheses. Category as label line 'Kategori: differentierande.' followed by a sentence. System owner nämnd with acceptance decision in prose. Five perspectives in a table with Swedish perspective names; methods 'Objektiv (ärendesystem)' with parenthesis. 'Ingen dubblering av gemensamma funktioner' is a negation that is fine.")
E['stockholm-02.md']=('stockholm','sv',False,[
 d('STH-4c',"Systemägare: Utbildningsförvaltningens IT-avdelning","System owner is an administration's IT unit, not a nämnd or bolagsstyrelse, and nothing says it accepted the future responsibility and costs.",'system-owner'),
 d('STH-6',"## 7. Uppföljning","Follow-up lists four perspectives; the IT-cost perspective (it-kostnad) is missing.",'follow-up-perspectives'),
],"Focus area written 'Fokusområde 3 – …' (number + dash); category as a bare word paragraph 'Differentierande.' under '## 3. Kategori'; follow-up as a bullet list with method in parentheses.")
E['stockholm-03.md']=('stockholm','sv',True,[],"Innovative pilot: category paragraph starts with the value ('Innovativt. Piloten är småskalig …'), lifetime 4 months (within 3–6), plan for the end under 'Avvecklingsplan' (experience report + integration or decommissioning with dates). Combined numbered heading '1. Syfte och beskrivning'. System owner kommunstyrelsen. Cost table with a type column (drift/investering) and a Summa row without year columns; total right.")
E['stockholm-04.md']=('stockholm','sv',False,[
 d('STH-7',"Undantaget har godkänts av projektets styrgrupp","The booking system's own BankID login replaces the city's id-portal; the 'exception' was approved by the project's own steering group, and the kommunstyrelse is only to be informed later. STH-7 requires a kommunstyrelse exception decision (mention of kommunstyrelsen in the same sentence is not that decision).",'shared-solution'),
],"Five perspectives complete; focus areas as bare numbers 'Fokusområden: 1 och 4.'; year table with benefit rows under the costs; '−50 %' with a Unicode minus.")
E['stockholm-05.yaml']=('stockholm','sv',True,[],"Grundläggande system financed within the line budget ('financing' sentence), so the portfolio benefit-realisation clause (STH-5) does not strictly apply though a plan is present. Swedish keys (ägare/namn/roll/nämnd, koppling-till-strategin, kategori, fokusområden, gemensam-lösning, kalkyl, uppföljning, säkerhet, tidplan). riskAssessment as a map {done,date,by,result}. Metric values with '%' and decimal comma.")
E['stockholm-06.yaml']=('stockholm','sv',False,[
 d('STH-4b',"kategori: innovativt","Innovative project with no plan for how experience is taken care of and how the solution is decommissioned or integrated when the trial ends (no exitPlan / avvecklingsplan). 'ska' → error.",'exit-plan'),
 d('STH-5',"financing: Ansökan ur stadens innovationsportfölj 2027","Portfolio-funded project without a plan for how the expected benefit is realised (no benefitsRealisation, no sentence on it).",'benefits-realisation'),
],"Lifetime 5 months is within 3–6; five perspectives present; owner is a stadsdelsnämnd that accepted responsibility.")
E['stockholm-07.md']=('stockholm','en',True,[],"English Stockholm proposal: category 'Differentiating', focus areas as '(2) …; (4) …', system owner committee with Swedish name in parentheses, five perspectives with English names; id-portal for administrators while the API is public ('No new login is needed' is fine). Cost table with Kind column and year columns; totals correct.")
E['stockholm-08.md']=('stockholm','en',False,[
 d('STH-4c',"will be asked to accept the responsibility","The intended system owner has not accepted the responsibility and costs; acceptance is deferred until after procurement.",'system-owner'),
 d('STH-6',"| Perspective | Metric | Target |","Follow-up metrics have no measurement method (objective/subjective) — STH-6 requires defined metrics measured by objective or subjective methods. Point at the table header (or each row).",'follow-up-perspectives'),
],"Category 'Basic (grundläggande)' with line-budget financing — fine.")
E['stockholm-09.md']=('stockholm','sv',False,[
 d('STH-7',"Vi använder inte stadens e-tjänstplattform","The e-service is built in the supplier's own form tool instead of the city's e-tjänstplattform; an exception from kommunstyrelsen is only to be requested later ('ska begäras'), so no exception decision exists.",'shared-solution'),
],"Swedish förstudie shape (Nulägesanalys, Behovsanalys, Kostnadsuppskattning); 'Fokusområde 1 – …'; combined heading '4. Kategori och systemägare' with both a category label and the owner sentence; id-portal correctly used.")
E['stockholm-10.md']=('stockholm','sv',True,[],"Deviation from the e-tjänstplattform and id-portal backed by a kommunstyrelse exception with date, § and dnr; 'använder därför inte id-portalen' is a reasoned negation. First heading numbered '2. Syfte och beskrivning' (combined). Category as 'Kategori: grundläggande – …' with dash explanation. Follow-up as bullets 'perspective – metric; method; target'. Line-budget financing (STH-5 plan not required).")
# ---------------- Oskarshamn ----------------
E['oskarshamn-01.md']=('oskarshamn','sv',True,[],"IT council notification and joint-decision recommendation with dates in prose under '2. Ansvar'. Cost and benefit year tables in kr with space separators; totals correct. KPI table with 'Nuläge' and target 'vid utgången av 2028' inside the target cell. Efterkalkyl date and responsible in a sentence. Metrics have no Stockholm perspective — not required by Oskarshamn.")
E['oskarshamn-02.md']=('oskarshamn','sv',False,[
 d('OSK-19',"IT-rådet kommer att informeras om projektet senare","IT council notification deferred ('kommer att informeras … senare, när leverantör är vald'); the anmälningsplikt applies at acquisition.",'it-council-notification'),
 d('OSK-10',"- Andel felanmälningar som görs digitalt: mål 60 %.","KPI targets without a deadline (neither of the two targets says by when); OSK-10 requires measurable targets with a deadline. Second target is the next line.",'kpi-deadline',span=1),
],"Nulägesmätning present as a label line; type column 'Nytta per år' in the PENG table.")
E['oskarshamn-03.md']=('oskarshamn','sv',True,[],"Förstudie shape (Nulägesanalys with the baseline in prose, Behovsanalys, Ansvar och förankring, Kostnadsuppskattning, Mål och mätmetoder, Uppföljning) and a 'Bilaga 1' appendix. Notification to the IT chief and IT council with dates in prose. Four year columns, 'Totalt' column, costs and benefits in one table; totals right.")
E['oskarshamn-04.md']=('oskarshamn','sv',False,[
 d('OSK-16',"Investering: inköp av 520 digitala larm","Benefit valuation has only the investment; no operating/maintenance cost (alarm-centre connection, SIM subscriptions, service) although OSK-16 demands both.",'business-case'),
 d('OSK-11',"## 4. Mål","Targets have no defined measurement method and no baseline (nulägesmätning) – OSK-11.",'baseline',sev='warn',missing=True),
],"Owner in the header label block; IT council notification with dates present; costs given only in sentences.")
E['oskarshamn-05.yaml']=('oskarshamn','sv',True,[],"itCouncilNotified as a date; the joint decision also in a sentence. Metrics without perspective (not an Oskarshamn demand) but with method, baseline, target and deadline. baseline of benefitsRealisation is a sentence. Owner string 'Socialchef Mikael Strand' plus 'förvaltning' key.")
E['oskarshamn-06.yaml']=('oskarshamn','sv',False,[
 d('OSK-19',"itCouncilNotified: false","The acquisition has not been notified to the IT council; the text says it 'planeras' later.",'it-council-notification'),
 d('OSK-16',"nyttovärdering:","No post-calculation (efterkalkyl/evaluation) in the benefit valuation; OSK-16 'måste följas upp med efterkalkyl'.",'post-calculation',missing=True),
],"Owner as one string with title and unit.")
E['oskarshamn-07.md']=('oskarshamn','en',True,[],"English Oskarshamn proposal: 'notified to the IT council and the IT chief on 20 June 2026 under the notification duty', PENG table with costs and benefit rows, KPI table whose last column header holds the deadline ('Target by 31 December 2028'). Project owner as a plain 'Project owner:' label line with a sentence after the name.")
E['oskarshamn-08.md']=('oskarshamn','en',False,[
 d('OSK-11',"No baseline measurement is planned","No baseline measurement (nulägesmätning); targets set from other libraries' experience.",'baseline',sev='warn'),
 d('OSK-16',"A post-calculation will be decided on later","Post-calculation deferred ('will be decided on later').",'post-calculation'),
 d('OSK-16',"| Total costs | 450,000 | 140,000 | 140,000 | 760,000 |","Total costs 760,000 ≠ 450,000+140,000+140,000 = 730,000 (and ≠ 310,000+420,000).",'business-case'),
],None)
E['oskarshamn-09.md']=('oskarshamn','sv',True,[],"Tjänsteskrivelse shape (Ärendet, Förankring i IT-rådet, Förslag till beslut). Owner only in the signature block ('Annika Lövgren / Kanslichef … / Projektägare'). All costs in sentences (145 000 + 3×32 000 = 241 000, stated). KPIs as bullets with baseline, target, deadline and method. 'Bilaga 1: Tidplan'.")
E['oskarshamn-10.md']=('oskarshamn','sv',False,[
 d('OSK-3',"Projektägare: Kultur- och fritidschef Jenny Carlsson och förvaltningschef Ingrid Holm","Two project owners in shared ownership ('i delat ägarskap'); clearer project governance needs one owner.",'single-owner'),
 d('OSK-19',"Systemet köptes in i maj 2026","The system was bought before any joint decision, and the IT council was notified only afterwards (September, after installation began); OSK-19 forbids larger IT investments without a joint decision and requires notification at acquisition.",'it-council-notification'),
],None)
# ---------------- IKT Follo ----------------
E['ikt-follo-01.md']=('ikt-follo','nb',True,[],"Norwegian saksframlegg (Saksopplysninger, Vurdering, Økonomiske konsekvenser, Kommunedirektørens innstilling) with the vedtak of rådmannskollegiet in italics at the end. Owner in a prose sentence in Saksopplysninger. Old-vs-new weighing under 'Vurdering'. ROS and DBA with dates in prose. Beløp i 1000 kr year table with opplæring row; totals right. Gains quantitative and qualitative with baseline figures.")
E['ikt-follo-02.md']=('ikt-follo','nb',False,[
 d('FLO-19',"En ROS-analyse vil bli gjennomført når leverandøren er valgt.","ROS analysis deferred until after supplier choice (mention ≠ done).",'risk-assessment'),
 d('FLO-19',"Databehandleravtale med leverandøren skal inngås senere.","Data processing agreement 'to be signed later' with no date.",'data-processing-agreement'),
],"'Saken legges fram for rådmannskollegiet 08.12.2026' — submission to the right body with a date (a proposal awaiting approval, fine). Noark 5 via journal export; training budgeted; fagpersoner named.")
E['ikt-follo-03.md']=('ikt-follo','nb',True,[],"Approval by 'kommunedirektørkollegiet (tidligere rådmannskollegiet)' — renamed body. Version history table listing '5. Økonomi' and '7. Personvern' (not fields). Struck-out amount '~~450 000~~ 420 000' in the year table; totals add up with the new value. 'vi benytter den nasjonale chatbot-plattformen i stedet for å utvikle en egen' is an affirmed use. Alternativvurdering under a non-vocabulary heading.")
E['ikt-follo-04.md']=('ikt-follo','nb',False,[
 d('FLO-11',"Prosjektets styringsgruppe godkjente løsningen","Approved by the project's own steering group; rådmannskollegiet is only mentioned in the same sentence ('slik rådmannskollegiet har bedt om'). FLO-11 requires approval by rådmannskollegiet.",'approval-body'),
 d('FLO-14',"## Økonomi","No competence-raising/training budget for introducing the new system (no training row, no sentence); FLO-14 'Det skal budsjetteres med kostnader til kompetansehevingstiltak'.",'competence',missing=True),
],"Fagpersoner are mentioned (in the gains paragraph) — fine.")
E['ikt-follo-05.md']=('ikt-follo','nb',True,[],"School platform: Feide as shared login; 'Nytte- og kostnadsanalyse' heading with the old-vs-new weighing; competence budget as a row in the year table; DBA 'signeres sammen med kontrakten' (before/with the contract, as is normal) and ROS done before tender; owner in prose under 'Prosjekteier'. Four year columns with 'Sum'; totals right; 'tusen kroner'.")
E['ikt-follo-06.md']=('ikt-follo','nb',False,[
 d('FLO-18',"Alle byggesaksdokumenter lagres i fagsystemets eget dokumentlager","Documents kept only in the case system's own store with no journalføring in the Noark 5 sak/arkiv system; FLO-18 requires Noark 5 core in all solutions.",'archive-noark5'),
 d('FLO-6',"## Løsning","Universal design is not addressed anywhere although the solution has a public-facing application channel; FLO-6: universell utforming is always a criterion. Point at the solution section (or line 1).",'universal-design',missing=True),
],"Trap: DBA 'signeres før kontraktsinngåelse, planlagt 15.01.2027' — planned with a date before the contract, which FLO-19 allows; must not fire.")
E['ikt-follo-07.yaml']=('ikt-follo','nb',True,[],"Norwegian keys (tittel, eier/navn/rolle/enhet, strategisk-forankring, fellesløsning, kost-nytte, kompetanse, sikkerhet, universell-utforming, arkiv, tidsplan). riskAssessment and dataProcessingAgreement as maps with done/date/by. Noark 5 via journal export. Approval by rådmannskollegiet in the strategisk-forankring text. totals right (1.360.000 / 1.040.000).")
E['ikt-follo-08.yaml']=('ikt-follo','nb',False,[
 d('FLO-21',"explanation: Vi benytter ikke ID-porten","Own username/password login instead of the national component ID-porten, with no grounds or explanation beyond restating the choice.",'shared-components'),
 d('FLO-9',"kost-nytte:","Cost/benefit analysis does not weigh adapting the existing system against acquiring a new one (no alternative considered anywhere).",'business-case',missing=True),
],None)
E['ikt-follo-09.md']=('ikt-follo','en',True,[],"English proposal for IKT Follo: rådmannskollegiet named in English ('Chief Executives' Council … (rådmannskollegiet)'); ROS and DPA with dates ('extended to cover the module'); Noark 5 for decisions; old-vs-new weighed under 'Options considered'; training row in the cost table; benefits realisation with baseline. Owner line 'Owner: Name, Title, Municipality'.")
E['ikt-follo-10.md']=('ikt-follo','en',False,[
 d('FLO-19',"## 7. Privacy","No data processing agreement for the supplier-hosted cloud service (only the ROS is mentioned).",'data-processing-agreement',missing=True),
 d('FLO-14',"The project group consists of the HR system administrator and the supplier's consultant.","No domain experts (fagpersoner: recruiting managers, HR advisers from the municipalities) represented in ordering and development; FLO-14 'skal alltid være fagpersoner representert'.",'competence'),
],"Training budget present as a table row; approval by rådmannskollegiet with date.")
E['ikt-follo-11.md']=('ikt-follo','nb',False,[
 d('FLO-6',"Universell utforming vurderes nærmere når skjemaene er laget.","Universal design deferred ('vurderes nærmere') for a public-facing form.",'universal-design'),
 d('FLO-12',"Gevinster: mer effektiv saksbehandling.","Gains only a vague qualitative phrase; no quantified gain and no reporting against the baseline although baseline data exist (1 450 applications, 20 minutes each in 2025).",'benefits-realisation'),
],"Saksframlegg shape; recommendation to rådmannskollegiet at a set meeting (approval pending, fine).")
E['ikt-follo-12.md']=('ikt-follo','nb',True,[],"DFØ/Digdir template headings: 'Samfunnsøkonomisk analyse' (with nullalternativ = adapt old system), 'Gevinstrealiseringsplan', 'Styringsparametere' as bullets with baseline → target and date. Five year columns, costs and benefit rows in one table; totals right. DBA 'inngått … samtidig med kontraktsignering'. Front matter (tittel/strategi/språk) plus body headings; front-matter title equals the H1.")

E['esbjerg-11.md']=('esbjerg','da',False,[
 d('ESB-8',"Ejer: N.N.","Owner is a placeholder ('N.N.') under the '## Ejer' heading; the following 'Styregruppe:' paragraph names a steering group, not an owner. No unambiguous owner.",'single-owner'),
],"Costs written only in sentences with an amount repeated in words in brackets ('500.000 kr. (femhundredetusinde kroner)'), drift 'om året' over three years stated (180.000), total 680.000 correct. Shared-solution 'none available' with what was checked.")
E['esbjerg-12.yaml']=('esbjerg','en',True,[],"English keys. Deviation from a national shared solution (Life in Denmark) with two valid grounds (functional-deterioration, longer-implementation) and a dated explanation; the portal links to the shared solution instead of copying it. Unknown ordinary key 'projectManager'. totals right (380,000 / 180,000).")
E['nordfyns-11.md']=('nordfyns','da',False,[
 d('NFY-4',"Løsningen er ny på markedet","Unproven solution (first customer, not in operation elsewhere); NFY-4 says Nordfyns wants proven solutions ('ønsker' → should, warning).",'proven-solution',sev='warn'),
 d('NFY-4',"Serveren installeres og driftes på kommunens egen serverpark","Own operation chosen without considering external operation; NFY-4 (should, warning).",'proven-solution',sev='warn'),
 d('NFY-6c',"## Tidsplan","No agreed evaluation process at all (no evaluation, efterkalkule, date or responsible). A reviewer points where it belongs or line 1.",'evaluation',missing=True),
],"Kommissorium shape; work process, advantages and disadvantages present; year table totals correct.")
E['stockholm-11.md']=('stockholm','sv',False,[
 d('STH-4b',"Kategori: innovativt. Försöket pågår i nio månader","Innovative trial with a lifetime of nine months; the strategy says an innovative solution 'bör' not live longer than 3–6 months → warning.",'innovative-lifetime',sev='warn'),
 d('STH-4b',"En plan för hur erfarenheterna tas om hand","The plan for experience and decommissioning/integration is deferred ('tas fram under projektets gång'); it 'ska' exist from the start → error.",'exit-plan'),
],"Avvecklingsplan heading exists but its content is a deferral (mention ≠ fulfilment). Focus areas as 'Fokusområde 1 och 5.' Five perspectives complete.")
E['stockholm-12.md']=('stockholm','sv',True,[],"System owner is a bolagsstyrelse (Stockholm Vatten och Avfall AB), which STH-4c allows, with acceptance by board decision. Not portfolio-funded ('ej portföljmedel'), so STH-5 plan not required. Procurement in competition and common operations agreement (STH-7.2). Two 'Fokusområde N – …' lines. Risk analysis in 'Bilaga 1'.")
E['oskarshamn-11.md']=('oskarshamn','sv',False,[
 d('OSK-6/7',"## Tidplan","Nothing on IT security (no IT-säkerhetsplan, no classification) for a service that stores citizens' phone numbers and bookings; OSK-6/7 'skall' → error.",'security',missing=True),
 d('OSK-6/7',"## Tidplan","No adaptation for citizens with special needs (accessibility, alternative channel) in a citizen-facing booking service; OSK-6/7 'skall' → error.",'accessibility',missing=True),
],"IT council notification with dates, PENG table, KPI table with baseline/method/deadline, efterkalkyl – all fine.")
E['ikt-follo-13.md']=('ikt-follo','nb',True,[],"'## 1. Eier' heading with 'Eier: …' label followed by a 'Styringsgruppe:' paragraph that explicitly leaves the responsibility with the owner — one owner. ALL-CAPS title word 'PROSJEKTMANDAT'. 'Alle beløp i hele kroner. Beløp eks. mva.' (label-like sentence, no currency code; NOK from country). Approval, ROS, DBA, Noark 5, UU, fagpersoner and training budget each in prose under combined headings ('Universell utforming og personvern').")
E['ikt-follo-14.md']=('ikt-follo','nb',True,[],"All costs only in sentences (140 000 + 3×30 000 + 90 000 opplæring = 320 000, stated). Old-vs-new weighing and the rådmannskollegiet decision in one section 'Vurdering og vedtak'. Internal system: universal design via supplier's accessibility statement. Health-sector national components (Helsenettet, Adresseregisteret) rather than ID-porten.")
out={}
for f,(strat,lang,ok,defs,note) in E.items():
    text=open(os.path.join(D,f),encoding='utf-8').read().split('\n')
    rec=dict(strategy=strat,language=lang,format='yaml' if f.endswith('.yaml') else 'markdown',compliant=ok)
    if ok:
        rec['notes']=note
    else:
        rec['defects']=[]
        for x in defs:
            hits=[i+1 for i,l in enumerate(text) if x['find'] in l]
            assert hits, (f,x['find'])
            dd=dict(clause=x['clause'],**{'class':CLS[f+'|'+x['rule_hint']]},severity=x['severity'])
            if x['rule_hint']: dd['rule_hint']=x['rule_hint']
            dd['line']=hits[0]
            if x['span']: dd['endLine']=hits[0]+x['span']
            dd['kind']='missing' if x['missing'] else 'present-but-wrong'
            if x['missing']: dd['alsoAcceptLine']=1
            dd['anchor']=x['find']; dd['description']=x['description']
            rec['defects'].append(dd)
        if note: rec['traps']=note
    out[f]=rec
assert set(out)==set(x for x in os.listdir(D) if x.endswith(('.md','.yaml')) and x!='README.md'), set(os.listdir(D))^set(out)
assert set(CLS)=={f+'|'+d['rule_hint'] for f,v in out.items() for d in v.get('defects',[])}
json.dump(out,open(os.path.join(D,'manifest.json'),'w',encoding='utf-8'),ensure_ascii=False,indent=2)
from collections import Counter
print(len(out), Counter(v['strategy'] for v in out.values()), Counter(v['language'] for v in out.values()), Counter(v['format'] for v in out.values()), Counter(v['compliant'] for v in out.values()))
print(Counter(dd['class'] for v in out.values() for dd in v.get('defects',[])))
print(Counter(dd.get('rule_hint') for v in out.values() for dd in v.get('defects',[])))
print(sum(len(v.get('defects',[])) for v in out.values()))
