//! ToRs written independently of the rules (`fixtures/dev/`), with a careful
//! reader's statuses in `fixtures/dev/truth.yaml`: an element not listed is
//! `covered`, a list accepts any of its statuses, `skip` is not judged. Each
//! document must reach every status, as `score.py` measures it.
//!
//! `fixtures/held-out/` holds later ToRs, scored before any rule was tuned
//! on them: they may not get more statuses wrong than when they came in.
//!
//! Also the sentences that once got the wrong verdict: each alone under its
//! section's heading, with the status a careful reader gives it.

use std::collections::BTreeMap;

use torlint::config::FileSettings;
use torlint::engine;
use torlint::finding::Status;
use torlint::mandate::Mandate;
use torlint::model::Language;
use torlint::parse::Syntax;
use torlint::pipeline;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/dev");
const HELD_OUT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/held-out");

/// Most statuses the held-out ToRs may get wrong; lower it as they improve.
const HELD_OUT_MOST_WRONG: usize = 17;

fn mandate() -> Mandate {
    Mandate::embedded().unwrap_or_else(|e| panic!("rules: {e}"))
}

/// Statuses of every element in scope for a document's text.
fn statuses(m: &Mandate, name: &str, text: &str) -> BTreeMap<String, Status> {
    let syntax = Syntax::of(std::path::Path::new(name)).unwrap_or(Syntax::Markdown);
    let outcome = pipeline::read(name, text.as_bytes(), syntax, m, &FileSettings::default());
    let document = outcome
        .document
        .unwrap_or_else(|| panic!("{name}: {:?}", outcome.errors));
    let language = document.meta.language;
    engine::check(&document, m, language)
        .elements
        .into_iter()
        .map(|r| (r.id, r.status))
        .collect()
}

/// Every status that differs from the careful reader's in `dir`, with the
/// number of documents read.
fn wrong_statuses(m: &Mandate, dir: &str) -> (usize, Vec<String>) {
    let truth: BTreeMap<String, BTreeMap<String, serde_json::Value>> =
        serde_saphyr::from_str(&std::fs::read_to_string(format!("{dir}/truth.yaml")).unwrap())
            .unwrap();
    let mut wrong = Vec::new();
    for (name, expected) in &truth {
        let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
        let got = statuses(m, name, &text);
        for e in &m.elements {
            let want: Vec<String> = match expected.get(&e.id) {
                None => vec!["covered".to_string()],
                Some(serde_json::Value::Array(list)) => list
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
                Some(v) => vec![v.as_str().unwrap_or_default().to_string()],
            };
            if want == ["skip"] {
                continue;
            }
            let status = got.get(&e.id).map_or("not-applicable", |s| s.as_str());
            if !want.iter().any(|w| w == status) {
                wrong.push(format!(
                    "{name}: {}: got {status}, want {}",
                    e.id,
                    want.join("|")
                ));
            }
        }
    }
    (truth.len(), wrong)
}

/// Statuses of the development set still wrong, each with why; a fix
/// that makes one right must take it off this list.
const KNOWN_WRONG: &[(&str, &str)] = &[
    (
        // "Every two years, the annual meeting decides on the continuation,
        // merger or closure of each working group": a review by the
        // plenary, not the Executive Committee, in words the lexicon does
        // not read as a review.
        "asia-pacific-regional-en.md: working-groups.review: got missing, want deviation|partial",
        "deciding on the continuation or closure of working groups not read as reviewing them",
    ),
    (
        // "en veillant à ce que les articulations avec les structures des
        // Nations Unies soient clairement établies à tous les niveaux, ...
        // du réseau régional ou du Réseau mondial": links with the other
        // networks, read as aligning with them. Requiring the alignment to
        // leave out "all levels" cost four ToRs their covered status.
        "madagascar-ordinaire-fr.md: mission.network-alignment: got covered, want missing",
        "links with the regional and global networks read as alignment",
    ),
    (
        // "the members of the Network meet in plenary to take stock of
        // progress made in delivering the workplan", "in consultation with
        // the members ... coherent": each names members beside one of the
        // parts of their role, and the parts are gathered across clauses
        // that are not about the members' role.
        "southern-africa-sadc-en.md: structure.members-role: got covered, want missing",
        "the members' role gathered from clauses about other things",
    ),
    (
        // "Decisions are not taken by consensus. ... the Executive
        // Committee decides by simple majority": with decisions by vote,
        // what happens without consensus is moot, but a clause naming
        // consensus and a tie-break is read as stating it.
        "rwanda-ordinaire-en.md: decision.no-consensus: got covered, want missing|not-applicable",
        "no-consensus read as stated where decisions are by vote",
    ),
    (
        // "carry out and follow up" the GCM: implementation and follow-up,
        // no review; the support is read as whole.
        "rwanda-ordinaire-en.md: mission.gcm-support: got covered, want partial",
        "support for the Compact without its review read as whole",
    ),
    (
        // Each article is given in French then in English; the members'
        // role is stated in part in both, and one version's wording is
        // read as saying the rest.
        "cameroun-bilingue-fr.md: structure.members-role: got covered, want partial",
        "the members' role read whole from one of two versions",
    ),
    (
        // "le Coordonnateur résident ne copréside pas le Réseau ; les
        // coprésidents le tiennent informé", and the same in English: the
        // pronoun sentence is read as the RC co-chairing, in both versions.
        "cameroun-bilingue-fr.md: structure.resident-coordinator: got covered, want deviation",
        "a denial followed by a pronoun sentence about the same person",
    ),
    (
        // "consistent with the SDGs, the EU accession agenda ... and the
        // national Strategy on Economic Migration": the EU accession agenda
        // is not known as a regional framework.
        "serbia-jp-en.md: mission.development-frameworks: got partial, want covered",
        "the EU accession agenda not known as a regional framework",
    ),
    (
        // The covering email's bullet says the reference to international
        // law was taken out; the ToR below names the Charter, the 2030
        // Agenda and the GCM only. The email's words are read as terms.
        "angola-email-en.md: mission.guiding-frameworks: got covered, want partial",
        "a covering email's words read as the ToR's",
    ),
    (
        // "A few of you suggested writing in a yearly review of how the
        // Network functions ... there is nothing on it in the text": the
        // email's thanks and this bullet are read as terms.
        "angola-email-en.md: review.working-methods: got covered, want missing",
        "a covering email's words read as the ToR's",
    ),
    (
        // "... UNODC y CEPAL (sede subregional en México)": a regional
        // commission seated instead of UN DESA (and OHCHR named as
        // ACNUDH) is read as a complete Executive Committee.
        "centroamerica-mexico-es.md: structure.excom-composition: got covered, want deviation",
        "a regional commission read as standing for UN DESA",
    ),
    (
        // "en cohérence avec les ODD et avec les cadres et processus
        // régionaux pertinents (Processus d'Almaty, ...)": the regional
        // frameworks named in brackets are not read as such.
        "tadjikistan-notes-fr.md: mission.development-frameworks: got partial, want covered",
        "regional frameworks named only in brackets",
    ),
    (
        // The composition of the groups is stated; who chairs them is not,
        // and a parenthetical aside is read as saying it.
        "tadjikistan-notes-fr.md: working-groups.composition: got covered, want partial",
        "chairing read from an aside",
    ),
    (
        // "it should accompany national efforts to put the GCM into
        // practice, to follow through on the commitments ... and to take
        // part in its periodic reviews": follow-up and review in other
        // words, under a soft modal.
        "trinidad-should-en.md: mission.gcm-support: got partial, want covered",
        "follow-up and review of the Compact said in other words",
    ),
    (
        // "Chair: IOM Regional Director (permanent)" then "Co-chair: one
        // other ExCom entity, rotates every 12 months": the rotation is
        // read as the co-chairing's, IOM's permanent place being a chair's.
        "west-central-africa-en.md: structure.coordinator: got deviation, want covered",
        "the other co-chair's rotation read as the co-chairing rotating",
    ),
    (
        // "Global & regional processes / - Global: GFMD": a slide's
        // heading and a label, with no verb saying the network supports it.
        "west-central-africa-en.md: objectives.global-initiatives: got missing, want covered",
        "support for the GFMD said by a heading and a label alone",
    ),
    (
        // "appui ... dans la mise en œuvre et le suivi du PMM" leaves out
        // the review; the element has no parts, so any support to the
        // Compact's implementation states it.
        "djibouti-fr.md: objectives.coordinated-support: got covered, want partial",
        "support for implementation and follow-up without review read as the whole objective",
    ),
    (
        // One paragraph of six sentences states the decision rule, the
        // working groups, the secretariat, the annual meeting and the
        // review of working methods: the parts of the annual meeting are
        // looked for in the whole paragraph, and "collaboration" is found
        // in another topic.
        "bangladesh-en.md: review.annual-meeting: got covered, want partial",
        "a part found in another topic of the same paragraph",
    ),
    (
        // "Ensure ... support that is in step with national policies and
        // consistent with the GCM" translates the Senegal seed's "en
        // cohérence avec le PMM", which the seeds' verdicts leave open
        // ("either"); torlint reads neither as coherent UN action.
        "senegal-en-mutated.md: objectives.coherent-action: got missing, want covered|partial",
        "support consistent with the Compact read as coherent action",
    ),
    (
        // "No matter being put to a vote and consensus being the rule": the
        // negation runs on past "and" into the next participle clause.
        "kenya-decision-en.md: decision.consensus: got deviation, want covered",
        "a negation read past 'and' into the next absolute clause",
    ),
    (
        // "Has adopted the following decision:" leads into every operative
        // paragraph, so paragraph 12's "chairing or co-chairing" of the
        // working groups reads as a decision taken by co-chairs.
        "kenya-decision-en.md: decision.body: got deviation, want covered",
        "a decision document's preamble read as the lead-in of each paragraph",
    ),
    (
        // "Le Comité exécutif ... examinera l'opportunité de créer un groupe
        // de travail": considering whether to create one reads as reviewing
        // the working groups.
        "burundi-fr.md: working-groups.review: got covered, want missing",
        "considering whether to create a working group read as reviewing them",
    ),
    (
        // "Réunion annuelle" over "Participants : tous les membres ..." and
        // "Objet : 1. bilan des progrès ...": the parts are found in the
        // numbered items, which the heading does not reach.
        "togo-listes-fr.md: review.annual-meeting: got partial, want covered",
        "the parts of an element found across a heading's nested lists",
    ),
    (
        // The Network "reports each year ... to the UN Country Team", and
        // only shares information with the regional network: sharing is
        // read as the reporting line.
        "sri-lanka-sections-en.md: reporting.line: got covered, want deviation|partial",
        "sharing information with the regional network read as reporting to it",
    ),
    (
        // "Its programme is framed by the SDGs and by the 2050 Strategy for
        // the Blue Pacific Continent": a regional framework known only by
        // its own name.
        "pacific-islands-en.md: mission.development-frameworks: got partial, want covered",
        "a regional framework named only by its title",
    ),
    (
        // "The Network is not a forum for advocacy ..., nor does it speak for
        // any member": a rule that departs wherever statements are made
        // without validation reads the denied statement too.
        "pacific-islands-en.md: structure.joint-statements: got deviation, want missing",
        "a denied statement read as one made without validation",
    ),
    (
        // "Le Réseau travaille comme le Réseau régional ... et comme le
        // Réseau mondial. Il aligne ses méthodes de travail sur les leurs":
        // what "les leurs" stands for is in the sentence before.
        "guinee-bissau-fr.md: mission.network-alignment: got missing, want covered",
        "the networks aligned with named by a pronoun in the next sentence",
    ),
    (
        // "Requests for capacity-building support are not channelled
        // through the Network. Members deal with the GCM capacity-building
        // mechanism bilaterally.": the mechanism is named in the sentence
        // after the denial, with the members, not the Network, as subject.
        "west-balkans-en.md: objectives.capacity-building: got covered, want missing|deviation",
        "a denial in one sentence, its subject's mechanism named in the next",
    ),
    (
        // Under "6. Secretariat, workplan and review", "The Network's
        // activities follow an annual workplan" reads as the secretariat
        // coordinating it: the heading names three topics.
        "west-balkans-en.md: secretariat.functions: got covered, want partial",
        "a heading naming several topics read as the first one's",
    ),
    (
        // A "Body | Members | Role" table: its header's "Members" column
        // leads every row, and "Deliver thematic parts of the workplan"
        // in the working groups' row reads as the members' role.
        "kyrgyzstan-en.md: structure.members-role: got covered, want missing|partial",
        "a table header's column name read as the subject of its rows",
    ),
    (
        // "We are led by two co-chairs: the UN Resident Coordinator and a
        // coordinating agency. The coordinating agency is not a fixed seat.
        // The role rotates every twelve months [...], beginning with IOM":
        // IOM is named only in the third sentence, with no word of
        // coordination, so no clause says who coordinates.
        "thailand-qa-en.md: structure.coordinator: got missing, want deviation",
        "a rotating role whose holder is named sentences after the role",
    ),
    (
        // The government's directorate sits on the Executive Committee,
        // which decides "Gouvernement compris", and nothing passes without
        // its agreement: decisions are still the Committee's, so no rule
        // sees another body deciding.
        "gabon-revise-fr.md: decision.body: got covered, want deviation",
        "a government seat and veto inside the Executive Committee",
    ),
    (
        "afrique-centrale-fr.md: structure.excom-role: got partial, want covered",
        "the workplan part is in a table row that opens on another body",
    ),
    (
        "afrique-centrale-fr.md: reporting.line: got covered, want deviation",
        "reports go to a regional collaborative platform torlint does not know as a body, and 'regional' with the network named in the same sentence is taken for the regional network",
    ),
    (
        "mauritius-template-en.md: mission.added-value: got missing, want covered",
        "stated in a ticked box whose wording torlint does not read as added value",
    ),
    (
        "mauritius-template-en.md: structure.resident-coordinator: got missing, want deviation",
        "the co-chair is chosen in a tick list under 'Second co-chair (tick one):'",
    ),
    (
        "mauritius-template-en.md: structure.meetings: got covered, want partial|missing",
        "the frequency field is blank, but another row says the Executive Committee meets 'as required'",
    ),
    (
        "mauritius-template-en.md: working-groups.review: got covered, want missing",
        "an italic guidance note of the template restates the global rule",
    ),
    (
        "mauritius-template-en.md: secretariat.functions: got partial, want missing",
        "the functions field holds a placeholder; the annual workplan is named elsewhere in the secretariat's section",
    ),
    (
        "niger-modal-fr.md: objectives.capacity-building: got covered, want deviation|missing",
        "'relève du Réseau mondial' read as an act of this network",
    ),
    (
        "niger-modal-fr.md: decision.no-consensus: got covered, want missing|partial",
        "'à défaut de consensus, la question pourra être réinscrite ... selon des modalités qui restent à définir': a deferral read as a procedure",
    ),
    (
        "sica-es.md: structure.co-chairs: got partial, want covered",
        "the duties are given to the 'Coordinación (OIM)' column of a responsibilities table",
    ),
    (
        "sica-es.md: decision.no-consensus: got covered, want missing",
        "'cuando no se logre consenso entre los Estados': consensus among States read as the network's",
    ),
    (
        "sica-es.md: working-groups.establishment: got covered, want deviation",
        "the Executive Committee is named only in the table's support column",
    ),
    (
        "zimbabwe-en.md: decision.consensus: got deviation, want covered",
        "'consensus ✓ / vote ✗': the cross after 'vote' is not read as a denial",
    ),
    (
        "cote-divoire-fr.md: objectives.global-initiatives: got missing, want deviation",
        "'ne relève pas du mandat du Réseau' and left to each entity: read as a denial, which says it is missing",
    ),
    (
        "jamaica-en.md: working-groups.composition: got covered, want partial",
        "'open to all members' is read as the whole composition; nothing on partners or chairing",
    ),
    (
        "asia-pacific-2-en.md: structure.co-chairs: got covered, want partial",
        "the paragraph that opens on the co-chairs goes on with duties outside the mandate, and a passive sentence about statements is read as theirs",
    ),
    (
        "asia-pacific-2-en.md: reporting.line: got covered, want deviation",
        "reports go to the Regional Collaborative Platform, which torlint does not know as a body",
    ),
    (
        "igad-region-en.md: mission.added-value: got covered, want missing",
        "a principles-table row, 'Entities act as one around a shared purpose', reads as the added value of a common approach",
    ),
    (
        "igad-region-en.md: structure.excom-role: got partial, want covered",
        "'gives the Network its overall direction' opens on 'The Committee' in a paragraph of its own; the direction is not attributed to it",
    ),
    (
        "igad-region-en.md: structure.coordinator: got deviation, want covered",
        "IOM's permanent seat and the rotating second seat in one paragraph: the rotation is read as applying to IOM too",
    ),
    (
        "igad-region-en.md: review.working-methods: got covered, want missing",
        "the transitional arrangements' first review of the working groups reads as a review of the working methods",
    ),
    (
        "pakistan-en.md: objectives.stakeholder-engagement: got covered, want partial",
        "four partners named and trade unions and parliamentarians expressly excluded; the exclusion is not read as leaving them out",
    ),
    (
        "pakistan-en.md: secretariat.functions: got covered, want partial",
        "'The costs of the Secretariat are borne by IOM; members may contribute ... to activities of the workplan' reads as the secretariat coordinating the workplan",
    ),
    (
        "paraguay-es.md: working-groups.establishment: got covered, want deviation",
        "'El Equipo de País, a propuesta del Comité Ejecutivo, establece los grupos': the Committee that proposes is read as the one that creates",
    ),
    (
        "el-salvador-es.md: reporting.national-ownership: got covered, want missing",
        "the Cooperation Framework named only as a recipient of the annual report reads as anchoring the network in it",
    ),
    (
        "ukraine-en.md: review.annual-meeting: got partial, want deviation|missing",
        "'No separate annual meeting of members is convened' denies the meeting, but its parts, named in the monthly meetings, are still found",
    ),
    (
        "cambodia-en.md: consistency.gcm-name: got covered, want deviation",
        "'GCM' throughout and 'Global Compact on Migration' once: an English name and its English acronym are one family each, and not compared",
    ),
    (
        "cambodia-en.md: structure.resident-coordinator: got covered, want deviation",
        "a bare 'Co-chairs:' lead-in whose items are duties addresses the element but names no co-chair; the holders are in the item before",
    ),
    (
        "lao-pdr-en.md: structure.co-chairs: got partial, want covered",
        "the co-chairs' duties are RACI rows marked under the 'RC' and 'IOM' columns; that these two are the co-chairs is said in another table",
    ),
    (
        "lao-pdr-en.md: review.annual-meeting: got covered, want partial|deviation",
        "a meetings-table row gives 'All ExCom members' as the annual review's quorum; that only they attend is not read",
    ),
    (
        "sierra-leone-en.md: structure.coordinator: got missing, want deviation",
        "'the co-chair seat rotates every year; IOM holds it in the first year' is not read as IOM's coordinating role left to rotation",
    ),
    (
        "sudan-en.md: mission.gcm-support: got covered, want partial",
        "the mission names implementation and follow-up; 'review' is taken from objective (a) on the UN system's support",
    ),
    (
        "sudan-en.md: decision.body: got deviation, want covered",
        "the co-chairs' interim decision, submitted to the Executive Committee for confirmation, reads as decisions taken by the co-chairs",
    ),
    (
        "sudan-en.md: reporting.national-ownership: got covered, want missing|deviation",
        "work tied to the humanitarian response plans while a new Cooperation Framework is pending reads as anchoring in the Framework",
    ),
    (
        "guinee-equatoriale-fr.md: structure.joint-statements: got covered, want deviation",
        "the co-chairs' duty to 'publier des déclarations ... après consultation des membres' is not read as statements issued without the Committee's validation",
    ),
    (
        "peru-lima-es.md: structure.members-role: got partial, want covered",
        "the members' three duties are spread over a long sentence with subordinate clauses; only part is read as said of the members",
    ),
    (
        "kazakhstan-letter-en.md: structure.joint-statements: got covered, want deviation",
        "'cleared by the two co-chairs' is excepted by 'the Executive Committee of the Regional Network' named two sentences before in the same paragraph",
    ),
    (
        "caribe-oriental-es.md: decision.no-consensus: got missing, want covered",
        "under the question '¿Qué pasa si no hay consenso?' the answer says what happens in its second sentence ('En ese caso, la OIM ... busca ... un acuerdo'); the question completes only an answer's first sentence",
    ),
    (
        "caribe-oriental-es.md: reporting.line: got covered, want deviation",
        "'el Equipo de Directores Regionales de las Naciones Unidas' is not a body torlint knows, so the report to it names no one to deviate to, and 'regional' beside the network is taken for the regional network",
    ),
    (
        "caribe-oriental-es.md: structure.members-role: got partial, want covered",
        "the members' duties are spread over an answer addressed to the reader; only part is read as said of the members",
    ),
    (
        "mongolie-fr.md: working-groups.establishment: got covered, want deviation",
        "in Article 7, 'il valide le contenu des déclarations communes' and 'l'examen périodique des groupes de travail', two duties apart across semicolons, read as the Committee validating working groups",
    ),
    (
        "armenie-fr.md: objectives.reporting: got covered, want missing|deviation",
        "the 2024 objectives drop reporting, but a reporting line elsewhere in the new text is read as the objective",
    ),
    (
        "armenie-fr.md: structure.coordinator: got covered, want deviation",
        "'L'OIM ne détient plus de siège permanent' with a seat rotating between IOM and UNHCR is not read as IOM losing the permanent co-chair",
    ),
    (
        "armenie-fr.md: working-groups.review: got missing, want deviation",
        "the new text's renewal of working groups by the country team is not read as a review by another body",
    ),
    (
        "somalia-en.md: mission.network-alignment: got missing, want covered",
        "alignment with the regional and global networks is a cell of a purpose table whose meaning is in its column header",
    ),
    (
        "somalia-en.md: structure.members-role: got partial, want covered",
        "the members' duties are a cell of the composition table; only part is read as said of the members",
    ),
    (
        "somalia-en.md: decision.body: got deviation, want covered",
        "'simple majority of EC members present' reads as decisions by the members present, not by the Executive Committee's members",
    ),
    (
        "somalia-en.md: secretariat.functions: got covered, want partial",
        "the cell 'prepare meetings: agenda, invitations, background documents; circulate minutes & decisions' is read as more functions than the two it names",
    ),
    (
        "somalia-en.md: review.working-methods: got covered, want deviation",
        "'every 24 months — not annually' is not read as a review less often than yearly",
    ),
    (
        "maldives-en.md: secretariat.functions: got covered, want partial",
        "a row of an adaptations table under a heading naming the secretariat first ('The Executive Committee adopts an annual workplan') lends the secretariat the workplan",
    ),
    (
        "vanuatu-fr.md: objectives.reporting: got covered, want deviation",
        "the objective of reporting on progress is read as stated, though the speech reports it to the country team, not the regional network",
    ),
    (
        "vanuatu-fr.md: principles.statement: got partial, want missing",
        "principles adopted by reference ('je ne vous en infligerai pas la liste') with a few named in passing are read as some principles stated",
    ),
    (
        "vanuatu-fr.md: structure.resident-coordinator: got missing, want deviation",
        "'je n'en assurerai pas la coprésidence' is said by the Resident Coordinator in the first person: the speaker is not known",
    ),
    (
        "eswatini-en.md: mission.rights-wellbeing: got partial, want covered",
        "'Our top priority is the rights and well-being of migrants' without their communities of origin, transit and destination is read as part of the element; the careful reader takes it whole",
    ),
    (
        "eswatini-en.md: review.annual-meeting: got partial, want covered",
        "what the yearly meeting does is a list under its own lead-in ('At this yearly meeting we:'), which is not read with the paragraph that sets the meeting",
    ),
    (
        "sao-tome-fr.md: consistency.gcm-name: got covered, want deviation",
        "one 'Pacte mondial sur les migrations' among the defined acronym PMM is not read as a second name",
    ),
    (
        "sao-tome-fr.md: structure.excom-composition: got covered, want deviation",
        "a footnote that takes OHCHR and UN DESA off the Committee ('Par exception, ... ne siègent pas au CE') does not undo the full list it is attached to",
    ),
    (
        "sao-tome-fr.md: working-groups.composition: got partial, want covered",
        "that any member may chair a working group is said only in a footnote, read apart from the clause on the groups' composition",
    ),
    (
        "cameroun-paragraphes-fr.md: structure.members-role: got missing, want covered",
        "the members' role is said of 'Ceux-ci', the agencies the Network is open to, which is not read as the members; it was found before only because the objectives' lettered points ran together into one clause",
    ),
    (
        "cuba-es.md: secretariat.holder: got covered, want deviation",
        "a transitional provision hands 'las funciones a que se refiere el artículo 17' to the RCO; the reference to the article that names the secretariat is not followed",
    ),
    (
        "botswana-en.md: review.working-methods: got covered, want deviation",
        "'a yearly review is more process than we need. The ToR and our working methods will not be put on a fixed review cycle' is read as the yearly review, not as turning it down",
    ),
    (
        "georgie-fr.md: mission.development-frameworks: got partial, want covered",
        "the regional frameworks the ToR names are not read as such; only the national ones are found",
    ),
    (
        "myanmar-en.md: decision.body: got deviation, want covered",
        "the enacting formula 'The UNCT ... considered this memo ... and decided:' is read as the UN country team taking the network's decisions",
    ),
    (
        "myanmar-en.md: mission.network-alignment: got covered, want partial",
        "the background's 'the Regional UN Network ... has asked country teams in the region to put their ...' is read as the network aligning with the regional network",
    ),
    (
        "myanmar-en.md: objectives.coordinated-support: got missing, want covered",
        "item 'a. see that UN support in Myanmar for carrying out, following up and reviewing the GCM is effective, timely and coordinated' is not read as the objective",
    ),
    (
        "myanmar-en.md: working-groups.establishment: got partial, want covered",
        "'It sets up working groups', two sentences after the run-in heading 'Executive Committee.', does not name the Committee as creator",
    ),
    (
        "kirghizistan-fr.md: secretariat.holder: got covered, want deviation",
        "in the definition '« Secrétariat » : la fonction d'appui du Réseau, assurée par le BCR et non par l'OIM', the word 'appui' ends the clause's main part before the holder it names",
    ),
    (
        "lesotho-en.md: consistency.gcm-name: got covered, want deviation",
        "'the Global Compact' twice beside 'GCM' throughout: this round's reader counts the two as mixed names, earlier rounds' readers did not, so the rule is left as it is",
    ),
    (
        "lesotho-en.md: objectives.knowledge-source: got missing, want covered",
        "'new thinking, practical tools, data and information that can be trusted' is not read as ideas, tools and reliable data",
    ),
    (
        "samoa-en.md: consistency.gcm-name: got covered, want deviation",
        "'the Global Compact on Migration' twice beside 'GCM' throughout: this round's reader counts the two as mixed names, earlier rounds' readers did not, so the rule is left as it is",
    ),
    (
        "samoa-en.md: objectives.regional-initiatives: got missing, want covered",
        "'Back global processes such as the GFMD, and regional ones such as ...': the elliptical 'regional ones' is not read as backing regional initiatives",
    ),
    (
        "colombia-entrevista-es.md: decision.no-consensus: got covered, want missing",
        "not traced further: the Resident Coordinator's spoken answers (asides, 'mire', 'o sea', answers spread over turns) state the element in ways the statements do not read",
    ),
    (
        "colombia-entrevista-es.md: mission.network-alignment: got partial, want missing",
        "not traced further: the Resident Coordinator's spoken answers (asides, 'mire', 'o sea', answers spread over turns) state the element in ways the statements do not read",
    ),
    (
        "colombia-entrevista-es.md: objectives.coherent-action: got partial, want covered",
        "not traced further: the Resident Coordinator's spoken answers (asides, 'mire', 'o sea', answers spread over turns) state the element in ways the statements do not read",
    ),
    (
        "colombia-entrevista-es.md: review.annual-meeting: got partial, want covered",
        "not traced further: the Resident Coordinator's spoken answers (asides, 'mire', 'o sea', answers spread over turns) state the element in ways the statements do not read",
    ),
    (
        "colombia-entrevista-es.md: secretariat.functions: got missing, want partial",
        "not traced further: the Resident Coordinator's spoken answers (asides, 'mire', 'o sea', answers spread over turns) state the element in ways the statements do not read",
    ),
    (
        "colombia-entrevista-es.md: structure.co-chairs: got partial, want covered",
        "not traced further: the Resident Coordinator's spoken answers (asides, 'mire', 'o sea', answers spread over turns) state the element in ways the statements do not read",
    ),
    (
        "colombia-entrevista-es.md: structure.executive-committee: got missing, want covered",
        "not traced further: the Resident Coordinator's spoken answers (asides, 'mire', 'o sea', answers spread over turns) state the element in ways the statements do not read",
    ),
    (
        "colombia-entrevista-es.md: working-groups.composition: got missing, want covered",
        "not traced further: the Resident Coordinator's spoken answers (asides, 'mire', 'o sea', answers spread over turns) state the element in ways the statements do not read",
    ),
    (
        "colombia-entrevista-es.md: working-groups.establishment: got partial, want covered",
        "not traced further: the Resident Coordinator's spoken answers (asides, 'mire', 'o sea', answers spread over turns) state the element in ways the statements do not read",
    ),
    (
        "libye-fr.md: objectives.global-initiatives: got missing, want covered",
        "not traced further: the article's wording is not read as the element once its commentary is set aside",
    ),
    (
        "solomon-islands-en.md: decision.body: got missing, want deviation",
        "not traced further: the card's fragments ('w/', '+', '/', '·', arrows, abbreviations such as CoCh and GoSI) are not read as statements",
    ),
    (
        "solomon-islands-en.md: mission.network-alignment: got partial, want covered",
        "not traced further: the card's fragments ('w/', '+', '/', '·', arrows, abbreviations such as CoCh and GoSI) are not read as statements",
    ),
    (
        "solomon-islands-en.md: objectives.global-initiatives: got missing, want covered",
        "not traced further: the card's fragments ('w/', '+', '/', '·', arrows, abbreviations such as CoCh and GoSI) are not read as statements",
    ),
    (
        "solomon-islands-en.md: objectives.regional-initiatives: got missing, want covered",
        "not traced further: the card's fragments ('w/', '+', '/', '·', arrows, abbreviations such as CoCh and GoSI) are not read as statements",
    ),
    (
        "solomon-islands-en.md: objectives.stakeholder-engagement: got partial, want covered",
        "not traced further: the card's fragments ('w/', '+', '/', '·', arrows, abbreviations such as CoCh and GoSI) are not read as statements",
    ),
    (
        "solomon-islands-en.md: reporting.line: got partial, want covered",
        "not traced further: the card's fragments ('w/', '+', '/', '·', arrows, abbreviations such as CoCh and GoSI) are not read as statements",
    ),
    (
        "solomon-islands-en.md: structure.co-chairs: got partial, want covered",
        "not traced further: the card's fragments ('w/', '+', '/', '·', arrows, abbreviations such as CoCh and GoSI) are not read as statements",
    ),
    (
        "solomon-islands-en.md: structure.resident-coordinator: got missing, want deviation",
        "not traced further: the card's fragments ('w/', '+', '/', '·', arrows, abbreviations such as CoCh and GoSI) are not read as statements",
    ),
    (
        "solomon-islands-en.md: working-groups.establishment: got missing, want deviation",
        "not traced further: the card's fragments ('w/', '+', '/', '·', arrows, abbreviations such as CoCh and GoSI) are not read as statements",
    ),
    (
        "solomon-islands-en.md: working-groups.review: got missing, want covered",
        "not traced further: the card's fragments ('w/', '+', '/', '·', arrows, abbreviations such as CoCh and GoSI) are not read as statements",
    ),
    (
        "turkiye-en.md: review.annual-meeting: got missing, want deviation",
        "the accepted substitution 'the Network will not hold a separate annual meeting; progress will be reviewed once a year during the UNCT retreat' is read as denying the meeting, not as a meeting of the UNCT only",
    ),
    (
        "nepal-review-en.md: decision.body: got deviation, want covered",
        "a review report: the RC co-chair's casting vote in a tie, and the summary's 'the rule for taking decisions, the arrangement for the co-chairs', are read as the co-chairs deciding",
    ),
    (
        "nepal-review-en.md: objectives.one-voice: got covered, want missing",
        "'nothing in section 2 gives the network [...] a mandate to speak [...] with one voice' opens on 'nothing in', read as in 'nothing in these ToR prevents'; and practice ('a credible common position') is read as the ToR's terms",
    ),
    (
        "nepal-review-en.md: reporting.national-ownership: got covered, want missing",
        "a review report: 'rest on habit rather than on the ToR' denies only 'the ToR', so the alignment with the Cooperation Framework named before it reads as stated",
    ),
    (
        "nepal-review-en.md: review.working-methods: got covered, want missing",
        "'the ToR' and the GCM's 'follow-up and review' in one sentence read as a review of the ToR",
    ),
    (
        "nepal-review-en.md: secretariat.functions: got covered, want partial",
        "a review report: what the secretariat does 'in practice' is read as what the ToR assigns it",
    ),
    (
        "nepal-review-en.md: working-groups.review: got covered, want missing",
        "a review report: the Core Group 'looked at the three teams at its Dhulikhel retreat' (practice) is read as the ToR's review of the groups",
    ),
    (
        "bangladesh-shall-en.md: consistency.gcm-name: got covered, want deviation",
        "'the Compact', the document's defined short name, is not read as a name of the Global Compact beside 'GCM'",
    ),
    (
        "bangladesh-shall-en.md: decision.body: got deviation, want covered",
        "defined terms are not followed: the Core Members deciding by majority is read as the members deciding",
    ),
    (
        "bangladesh-shall-en.md: structure.coordinator: got deviation, want covered",
        "defined terms are not followed: '\"the Coordinating Agency\" means IOM', then 'co-chaired by the Coordinating Agency, on a permanent basis'",
    ),
    (
        "east-horn-africa-en.md: objectives.coherent-action: got partial, want covered",
        "'clearly defined lines downwards to national networks and UN country teams and upwards to the global Network' is not read as links with UN structures at all levels",
    ),
    (
        "guatemala-tabla-es.md: decision.body: got deviation, want covered",
        "a governance table's row is read as one clause: the Plenary row's members ('del Equipo de País') and its decision cell ('consultada antes de toda decisión del Comité Ejecutivo') make the country team decide",
    ),
    (
        "guatemala-tabla-es.md: structure.co-chairs: got covered, want partial",
        "the co-chairs' row holds convening and informing; the duties other rows give the co-chairs (the annual meeting's) are counted with them",
    ),
    (
        "philippines-handbook-en.md: consistency.gcm-name: got covered, want deviation",
        "'Global Compact on Migration' beside 'GCM' throughout: an English name and its English acronym are not compared (see cambodia-en.md)",
    ),
    (
        "philippines-handbook-en.md: structure.members-role: got covered, want partial",
        "what the roles-at-a-glance style paragraph gives the members ('help deliver the workplan') is read as contributing to the objectives and coherence",
    ),
    (
        "philippines-handbook-en.md: structure.resident-coordinator: got covered, want deviation",
        "the secretariat, 'with support from the Resident Coordinator's Office', 'supports the co-chairs': the Office is read as the Resident Coordinator, which outweighs 'The Resident Coordinator does not co-chair the network'",
    ),
    (
        "philippines-handbook-en.md: working-groups.establishment: got deviation, want covered",
        "in a worked example, a group 'created the following year at the request of the Philippine Statistics Authority' is read as created by the Government",
    ),
    (
        "philippines-handbook-en.md: working-groups.review: got covered, want missing",
        "'updates from the working groups' on the plenary's standing agenda is read as reviewing them",
    ),
    (
        "costa-rica-2-es.md: objectives.coordinated-support: got covered, want partial",
        "the element has no parts: support 'de forma articulada entre agencias' to the GCM's 'puesta en marcha' covers it without follow-up and review, quality or migrants' rights",
    ),
    (
        "kosovo-en.md: structure.resident-coordinator: got missing, want covered",
        "'the UN Development Coordinator, who carries the Resident Coordinator function' is not read as the Resident Coordinator",
    ),
    (
        "sri-lanka-principles-en.md: principles.statement: got partial, want covered",
        "each principle stands under its own sub-heading ('4.1 Accountability', '4.8 Flexibility') and its paragraph does not repeat the word; a sub-heading's words are read as a section title, not as the principle it names",
    ),
    (
        "haiti-roles-fr.md: structure.co-chairs: got covered, want partial",
        "not traced further: duties that other rows and paragraphs give the Network (regional liaison, statements) are counted as the co-chairs'",
    ),
    (
        "kenya-bullets-en.md: mission.network-alignment: got partial, want covered",
        "not traced further: the outline's fragments ('kept in step with the Regional UNNM + the global Network') are not read as a statement",
    ),
    (
        "kenya-bullets-en.md: objectives.coherent-action: got partial, want covered",
        "not traced further: the links to UN structures at all levels are read in no fragment ('liaise with Regional UNNM' is a co-chair duty)",
    ),
    (
        "kenya-bullets-en.md: reporting.line: got partial, want covered",
        "not traced further: the outline's arrows ('updates ... -> Regional UNNM') are not read as the body reported to",
    ),
    (
        "pacific-legal-en.md: working-groups.composition: got covered, want deviation|partial",
        "not traced further: 'composed exclusively of Members ... chaired by the Coordinator' is not read as excluding partners and open chairing",
    ),
    (
        "mozambique-traduzido-en.md: structure.meetings: got partial, want covered",
        "not traced further: 'once in each three months' is not read as a periodicity",
    ),
    (
        "sahel-regional-fr.md: reporting.line: got covered, want deviation|missing",
        "not traced further: reporting to UNOWAS is read as reporting to the regional level",
    ),
    (
        "sahel-regional-fr.md: secretariat.functions: got covered, want partial",
        "not traced further: functions stated of the Network in other paragraphs are counted as the secretariat's",
    ),
    (
        "sahel-regional-fr.md: structure.excom-composition: got covered, want deviation",
        "the Economic Commission for Africa sitting 'au titre du DAES' is read as UN DESA being present",
    ),
];

#[test]
fn independent_tors_reach_the_careful_readers_statuses() {
    let (documents, wrong) = wrong_statuses(&mandate(), DIR);
    assert!(documents >= 7, "{documents} documents");
    let unexpected: Vec<&String> = wrong
        .iter()
        .filter(|w| !KNOWN_WRONG.iter().any(|(known, _)| known == w))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
    for (known, why) in KNOWN_WRONG {
        assert!(
            wrong.iter().any(|w| w == known),
            "now right, take it off KNOWN_WRONG: {known} ({why})"
        );
    }
}

#[test]
fn held_out_tors_get_no_more_wrong_than_when_they_came_in() {
    let (documents, wrong) = wrong_statuses(&mandate(), HELD_OUT);
    assert!(documents >= 2, "{documents} documents");
    assert!(
        wrong.len() <= HELD_OUT_MOST_WRONG,
        "{} wrong, at most {HELD_OUT_MOST_WRONG}:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "a table of sentences and the statuses they once got wrong: data, not logic"
)]
fn sentences_that_once_got_the_wrong_verdict() {
    use Language::{En, Es, Fr};
    let m = mandate();
    let cases: &[(&str, Language, &str, &str)] = &[
        (
            // Carrying out decisions is not taking them.
            "decision.body",
            Es,
            "## Toma de decisiones\n\n6.1 Las decisiones de la Red corresponden al Comité Ejecutivo, que las adopta después de consultar a los miembros de la Red.\n\n## Principios\n\n- Rendición de cuentas: los miembros ejecutan las decisiones acordadas y responden de su cumplimiento ante el Equipo de País y ante la Red Regional.",
            "covered",
        ),
        (
            // Sharing updates is not reviewing the working groups.
            "working-groups.review",
            En,
            "## Members\n\n4.2 Members come to network meetings, share updates and data, and can join working groups.",
            "missing",
        ),
        (
            // "n'a pas cours" turns down the vote named before it.
            "decision.consensus",
            Fr,
            "## Prise de décision\n\n6.1 Le vote n'a pas cours au sein du Réseau : les décisions y sont prises par consensus.",
            "covered",
        ),
        (
            // A member's focal point is not the network's coordinator, and
            // "designates" is not "design".
            "structure.co-chairs",
            En,
            "## Structure\n\n3.2 Focal points. Each member designates a senior focal point and an alternate, who attend meetings on its behalf and keep their entity informed of the Network's work.\n\n3.5 Coordination. IOM coordinates the Network through its Regional Director. The Coordinator convenes and chairs the meetings of the Network.",
            "partial",
        ),
        (
            "reporting.national-ownership",
            Fr,
            "## Contexte\n\nLe Pacte mondial pour des migrations sûres, ordonnées et régulières offre un cadre de coopération commun pour répondre à ces enjeux, en cohérence avec les priorités nationales.",
            "missing",
        ),
        (
            "secretariat.holder",
            En,
            "## Technical secretariat\n\n1. Differently from the global Network, the technical secretariat of the Network is not exercised by IOM but by the Office of the Resident Coordinator (RCO), IOM lending to it technical and logistic support.",
            "deviation",
        ),
        (
            "structure.coordinator",
            En,
            "## Coordination\n\n1. The Network will be co-coordinated by the United Nations Resident Coordinator and by the Chief of Mission of IOM, this last one in quality of permanent co-coordinator.",
            "covered",
        ),
        (
            "decision.body",
            En,
            "## Decision-making\n\n(a) Save as provided in paragraph 4(b), decisions of the Executive Committee shall not require consensus but shall be adopted by a simple majority of its members present.",
            "covered",
        ),
        (
            "decision.body",
            En,
            "## 6. Decision-making\n\n- Who decides: ExCom, after consulting the full membership\n- No consensus:\n  - step 1: co-chairs broker agreement with ExCom heads",
            "covered",
        ),
        (
            "structure.coordinator",
            Es,
            "## Copresidencia\n\nLa Red es copresidida por la Coordinadora Residente y, de manera permanente, por la OIM.\n\n| Grupo de trabajo | Coliderazgo inicial | Alcance |\n|---|---|---|\n| Niñez en movilidad | UNICEF y ACNUDH | Protección y alternativas a la detención |",
            "covered",
        ),
        (
            "mission.guiding-frameworks",
            En,
            "## Mission\n\n- Compass:\n  - UN Charter\n  - intl law (IHRL, refugee law)\n  - 2030 Agenda\n  - GCM",
            "covered",
        ),
        (
            "review.annual-meeting",
            Fr,
            "## Réunion annuelle\n\n17.1. Une réunion rassemblant l'ensemble des membres se tient au moins une fois par an.\n\n17.2. Cette réunion a pour objet de faire le point sur les progrès accomplis par le Réseau, de renforcer la collaboration entre ses membres et de cerner les nouveaux défis.",
            "covered",
        ),
        (
            "structure.co-chairs",
            Fr,
            "## Groupes de travail\n\n8.1 Les coprésidents se chargent de constituer des groupes de travail sur des thématiques précises.\n\n8.2 Ces groupes réunissent des membres du Réseau et, le cas échéant, d'autres partenaires.",
            "missing",
        ),
        (
            "review.annual-workplan",
            En,
            "6.3 In concertation with the members, the Executive Committee adopts the annual plan of work of the Network at the beginning of each year.",
            "covered",
        ),
        (
            "reporting.line",
            Es,
            "## Antecedentes\n\nEste trabajo se ha desarrollado sin una interlocución común frente a las autoridades, y busca armonizar la estructura de la Red con las orientaciones de la Red de las Naciones Unidas sobre Migración a nivel mundial.",
            "missing",
        ),
        (
            "structure.coordinator",
            Fr,
            "## Coprésidence\n\nLe Réseau est coprésidé par le Coordonnateur résident des Nations Unies. La seconde coprésidence n'est pas assurée de manière permanente par l'OIM : elle tourne chaque année entre l'OIM, le HCR et le PNUD.",
            "deviation",
        ),
        (
            "mission.guiding-frameworks",
            En,
            "In everything it does, the network takes its guidance from the Charter of the United Nations and from the 2030 Agenda for Sustainable Development.",
            "partial",
        ),
        (
            "objectives.one-voice",
            Es,
            "## Toma de decisiones\n\n- Las decisiones se adoptan por consenso en la plenaria de la Red, donde todos los miembros tienen la misma voz.",
            "missing",
        ),
        (
            "working-groups.establishment",
            Es,
            "## 7. Grupos de trabajo\n\n- El Comité Ejecutivo conforma grupos de trabajo a medida que surgen necesidades y oportunidades.",
            "covered",
        ),
        (
            "mission.added-value",
            En,
            "It takes up the questions on which agencies acting jointly bring something that none of them could bring alone, and leaves the rest to individual mandates.",
            "covered",
        ),
        (
            "decision.body",
            En,
            "## Decision-making\n\n8.2 Decisions are not taken by consensus. Each Executive Committee member has one vote, and a decision is adopted by a simple majority of the members present.",
            "covered",
        ),
        (
            "objectives.coordinated-support",
            Fr,
            "## Objectifs\n\n- faire en sorte que les entités des Nations Unies accompagnent ensemble le Gouvernement, de manière rapide, efficace et concertée, dans la mise en œuvre, le suivi et l'examen du PMM.",
            "covered",
        ),
        (
            "mission.added-value",
            En,
            "The Network concentrates on the questions where UN entities working together can deliver more than any one of them could on its own.",
            "covered",
        ),
        (
            "decision.body",
            Es,
            "| Órgano | Integrantes | Funciones |\n|---|---|---|\n| Plenaria | Todas las entidades miembro de la Red | Asesorar al Comité Ejecutivo; ser consultada antes de que el Comité Ejecutivo adopte sus decisiones |\n\n## Toma de decisiones\n\nLas decisiones de la Red las adopta el Comité Ejecutivo por consenso.",
            "covered",
        ),
        (
            "decision.no-consensus",
            En,
            "## Decision-making\n\nDecisions should as a rule be taken by consensus of the Executive Committee. How the Network should proceed where consensus cannot be reached is left for the Executive Committee to settle at a later stage.",
            "missing",
        ),
        (
            "working-groups.establishment",
            Fr,
            "*Version approuvée par l'équipe de pays des Nations Unies le 12 mars 2024 (elle remplace le mandat du groupe thématique « Migration » adopté en 2021)*\n\n## Groupes de travail\n\nLe Comité exécutif crée des groupes de travail au fur et à mesure que les besoins se présentent.",
            "covered",
        ),
        (
            "decision.body",
            Es,
            "## Copresidencia\n\nLa Red será copresidida por la Coordinadora Residente y, de manera rotativa, por una agencia del Comité Ejecutivo; por decisión de la plenaria, a la OIM le corresponde el primer período.\n\n## Toma de decisiones\n\nLas decisiones de la Red son adoptadas por el Comité Ejecutivo, luego de consultar a las y los integrantes.",
            "covered",
        ),
        (
            "review.annual-workplan",
            En,
            "## Workplan\n\n- Annual WP -> drafted Q4, agreed by ExCom + members, presented at the February plenary",
            "covered",
        ),
        (
            "secretariat.holder",
            En,
            "## Secretariat\n\nThe secretariat of the Network is not with IOM. The Resident Coordinator Office will hold the secretariat of the Network, and IOM will give technical inputs to RCO on the migration substance.",
            "deviation",
        ),
        (
            "structure.coordinator",
            Fr,
            "## Coprésidence\n\nLe Réseau est coprésidé par la Coordonnatrice résidente et par le Chef de mission de l'OIM, ce dernier à titre permanent, l'OIM étant la coordonnatrice du Réseau.\n\nLe HCR a proposé que le siège de coprésident occupé par l'OIM soit exercé en alternance annuelle par l'OIM et le HCR.\n\n**La proposition n'est pas retenue : l'OIM demeure coprésidente permanente.**",
            "covered",
        ),
        (
            "working-groups.establishment",
            Fr,
            "## Groupes de travail\n\nLa création des groupes de travail ne relève pas du Comité exécutif : elle est décidée par l'Équipe de pays, sur proposition du Comité exécutif, lorsque les besoins le justifient.",
            "deviation",
        ),
        (
            "working-groups.establishment",
            Fr,
            "## Groupes de travail\n\nLes coprésidents peuvent, de leur propre initiative, constituer des groupes de travail thématiques lorsque les besoins le justifient ; ils en informent le Comité exécutif lors de sa réunion suivante.",
            "deviation",
        ),
        (
            "working-groups.establishment",
            Fr,
            "## Groupes de travail\n\nLe Comité exécutif crée des groupes de travail selon les besoins.\n\n## Objectifs\n\n- soutenir le mécanisme de renforcement des capacités institué par le Pacte mondial, notamment son pôle de liaison et son fonds d'amorçage.",
            "covered",
        ),
        (
            "structure.resident-coordinator",
            Fr,
            "## Coprésidence\n\nL'OIM assure la coprésidence du Réseau à titre permanent.\n\nLe Coordonnateur résident n'assure pas la coprésidence du Réseau. Les coprésidents le tiennent informé des travaux.",
            "deviation",
        ),
        (
            "consistency.gcm-name",
            Es,
            "La Red apoya el Pacto Mundial para una Migración Segura, Ordenada y Regular (GCM, por sus siglas en inglés).\n\nLa Red contribuye a los 23 objetivos del Pacto Mundial.\n\nLa Red informa sobre el examen regional del GCM.",
            "deviation",
        ),
        (
            "consistency.gcm-name",
            Es,
            "La Red apoya el Pacto Mundial para una Migración Segura, Ordenada y Regular (GCM, por sus siglas en inglés).\n\nLa Red informa sobre el examen regional del GCM.",
            "covered",
        ),
        (
            "mission.rights-wellbeing",
            Fr,
            "Dans l'accomplissement de cette mission, la priorité va aux droits et au bien-être des personnes migrantes, ainsi qu'à ceux des communautés d'où elles partent, par lesquelles elles transitent et où elles s'établissent.",
            "covered",
        ),
        (
            "principles.statement",
            En,
            "## Guiding principles\n\nIn all its work the Network will be:\n\n- accountable to the people it serves and to its members;\n- grounded in human rights, responsive to gender and sensitive to the needs of children;\n- coherent across agencies and programmes;\n- united around a shared purpose;\n- effective in the use of its members' time and resources;\n- inclusive of all relevant voices;\n- oriented towards measurable results; and\n- flexible enough to adapt to changing circumstances.",
            "covered",
        ),
        (
            "objectives.one-voice",
            En,
            "The Network aims to give leadership to coordinated UN action on migration, including by putting forward a single UN position when that is appropriate.",
            "covered",
        ),
        (
            "review.annual-meeting",
            En,
            "Once a year, members shall meet in a half-day retreat to go through progress against the workplan.",
            "partial",
        ),
        (
            "objectives.coordination-synergies",
            Fr,
            "**Cohérence** : le Réseau tire parti des mandats et de l'expertise propres à chaque entité, de sorte que leurs interventions en matière de migration se renforcent mutuellement.",
            "missing",
        ),
        (
            "working-groups.composition",
            Fr,
            "Le Comité exécutif peut créer des groupes de travail chargés de questions précises.\n\nCes groupes réunissent des membres du Réseau et, s'il y a lieu, d'autres partenaires. Leur présidence ou leur coprésidence peut être confiée à tout membre du groupe.",
            "covered",
        ),
        (
            "objectives.coherent-action",
            En,
            "## Objectives\n\nThe Network aims to promote consistent and joined-up action by the United Nations entities in support of the GCM, with clearly defined links to the United Nations structures at the national, regional and global levels.",
            "covered",
        ),
        (
            "review.annual-meeting",
            Fr,
            "Au moins une fois par an, les coprésidents réunissent l'ensemble des membres, auxquels se joignent des représentants du Gouvernement, afin de dresser le bilan des travaux du Réseau, de rechercher les moyens de renforcer la collaboration et de recenser les défis nouveaux.",
            "covered",
        ),
        (
            "structure.excom-composition",
            Fr,
            "Il est établi au sein du Réseau un Groupe Exécutif composé de l'OIM, du HCR, de l'UNICEF et du PNUD.",
            "deviation",
        ),
        (
            "objectives.global-initiatives",
            Fr,
            "Supporter les initiatives globales, notamment le Forum Global sur la Migration et le Développement (FGMD).",
            "covered",
        ),
        (
            "review.annual-meeting",
            Fr,
            "Au moins une fois par année, le Réseau tiendra une réunion de l'ensemble de ses Membres, élargie aux parties prenantes pertinentes, pour revoir les progrès réalisés, améliorer la collaboration et identifier les défis émergents.",
            "covered",
        ),
        (
            "working-groups.establishment",
            En,
            "Much of the network's technical work is done in thematic working groups. The Executive Committee decides when to set one up, whenever a need or an opening for joint work appears.",
            "covered",
        ),
        (
            "review.working-methods",
            En,
            "Over the life of these terms of reference, the network will:\n\n- see to it that UN support for the implementation, follow-up and review of the GCM is effective;\n- circulate updates among members.",
            "missing",
        ),
        (
            "principles.statement",
            En,
            "Members agree to work according to eight principles. They answer for what they have agreed (accountability). They take a human rights-based approach that is gender-responsive and child-sensitive. They draw on each mandate so that UN action is coherent. They pursue common goals with unity of purpose. They keep the Network lean and effective. They are inclusive. They keep the focus on results. And they stay flexible.",
            "covered",
        ),
        (
            "reporting.line",
            Fr,
            "Le Réseau rend compte au Réseau régional des Nations Unies sur les migrations de ses activités.\n\nUn rapport annuel d'activité est en outre présenté à l'Équipe de pays.",
            "covered",
        ),
        (
            "decision.body",
            En,
            "There is no voting. Decisions are made by consensus of the member agencies at the monthly network meeting, after discussion.",
            "deviation",
        ),
        (
            "secretariat.functions",
            En,
            "IOM hosts the secretariat, with the RCO helping on logistics. In practice the secretariat:\n\n- sends out meeting invitations, agendas and background papers;\n- keeps the focal point list up to date.",
            "partial",
        ),
        (
            "structure.resident-coordinator",
            En,
            "The Network shall be co-chaired by the Coordinating Agency and by one other Core Member.\n\nThe Resident Coordinator shall not be a Co-Chair.",
            "deviation",
        ),
        (
            "structure.resident-coordinator",
            Fr,
            "Présidence : coprésidence assurée par le/la Coordonnateur(trice) résident(e) et par le/la Chef(fe) de mission de l'OIM.",
            "covered",
        ),
        (
            "secretariat.holder",
            En,
            "The Secretariat is not provided by IOM. The Regional Office of the Development Coordination Office (DCO) hosts the Secretariat; IOM seconds a migration officer to it.",
            "deviation",
        ),
        (
            "decision.no-consensus",
            En,
            "Decisions are not put to a vote: the Executive Committee reaches them by consensus.",
            "missing",
        ),
        (
            "objectives.one-voice",
            Fr,
            "Impulsion d'une action onusienne concertée sur la migration, y compris par l'expression d'une position unique du système lorsque la situation s'y prête.",
            "covered",
        ),
        (
            "structure.excom-composition",
            En,
            "The following shall be Core Members: IOM, ILO, UNDP, UNHCR, UNICEF, UNODC, UN Women and UNFPA.",
            "deviation",
        ),
        (
            "structure.resident-coordinator",
            En,
            "IOM serves as standing Co-Convening Agency. The second Co-Convening Agency is UNHCR. The Resident Coordinator is not a Co-Convening Agency of the Network.",
            "deviation",
        ),
        (
            "working-groups.establishment",
            En,
            "Thematic clusters are established by the Plenary, on the proposal of any member agency.",
            "deviation",
        ),
        (
            "secretariat.holder",
            En,
            "The Network Support Unit is housed within, and staffed by, IOM.",
            "covered",
        ),
        (
            "objectives.coordination-synergies",
            En,
            "The Network coordinates closely with the other UN mechanisms whose remit includes migration, so as to build on each other's work rather than duplicate it.",
            "covered",
        ),
        (
            "mission.added-value",
            Es,
            "Dedicamos nuestro tiempo a los asuntos en los que un enfoque común de la ONU aporta algo que ninguna agencia conseguiría trabajando por su cuenta.",
            "covered",
        ),
        (
            "mission.network-alignment",
            Es,
            "Nuestra forma de trabajar no se inventa desde cero: la ajustamos a los métodos de la Red Regional y a los de la Red a nivel mundial.",
            "covered",
        ),
        (
            "decision.body",
            En,
            "Decisions are taken by the Core Group after consulting the wider membership.",
            "covered",
        ),
        (
            "objectives.coherent-action",
            En,
            "The Network fosters a coherent country-level UN response in support of the GCM, with clear lines connecting it to UN structures at national, regional and global level.",
            "covered",
        ),
        (
            "structure.coordinator",
            En,
            "The Network Coordinator is IOM.",
            "covered",
        ),
        (
            "secretariat.holder",
            En,
            "IOM serves as the secretariat of the Network, supported by the RCO.",
            "covered",
        ),
        ("secretariat.holder", En, "Secretariat: IOM.", "covered"),
        (
            "secretariat.holder",
            Fr,
            "L'OIM fait office de secrétariat.",
            "covered",
        ),
        (
            "secretariat.holder",
            Fr,
            "Le secrétariat relève de l'OIM.",
            "covered",
        ),
        (
            "secretariat.holder",
            Fr,
            "| Organe | Entité |\n|---|---|\n| Secrétariat | OIM |",
            "covered",
        ),
        (
            "structure.membership",
            En,
            "The Network comprises all UN entities of the UN Country Team.",
            "covered",
        ),
        (
            "structure.membership",
            En,
            "Membership is open to all UNCT agencies.",
            "covered",
        ),
        (
            "structure.membership",
            Fr,
            "Le Réseau est ouvert à toutes les agences, fonds et programmes du système des Nations Unies.",
            "covered",
        ),
        (
            "structure.co-chairs",
            En,
            "The co-chairs convene and chair meetings, coordinate with the regional network, issue joint statements and inform the government.",
            "covered",
        ),
        (
            "structure.co-chairs",
            Fr,
            "Les coprésidents :\n\n1. convoquent et président les réunions ;\n2. assurent la coordination avec le réseau régional ;\n3. font des déclarations conjointes ;\n4. informent le Gouvernement et le système des Nations Unies.",
            "covered",
        ),
        (
            "mission.gcm-support",
            En,
            "The Network supports implementing, following up and reviewing the Global Compact.",
            "covered",
        ),
        (
            "structure.meetings",
            En,
            "The Network meets quarterly at the IOM office in Accra.",
            "covered",
        ),
        (
            "structure.excom-composition",
            Fr,
            "| Organe | Membres |\n|---|---|\n| Comité exécutif | OIM, HCR, UNICEF, PNUD, HCDH, ONUDC |",
            "deviation",
        ),
        (
            "working-groups.establishment",
            Fr,
            "Des groupes thématiques sont créés par le Comité exécutif selon les besoins.",
            "covered",
        ),
        (
            "working-groups.establishment",
            En,
            "Task teams are set up by the Executive Committee as needs arise.",
            "covered",
        ),
        (
            "working-groups.establishment",
            En,
            "Task forces are established by the Executive Committee as needs and opportunities arise.",
            "covered",
        ),
        (
            "secretariat.holder",
            Fr,
            "Le secrétariat n'est pas assuré par l'OIM mais par le PNUD.",
            "deviation",
        ),
        (
            "secretariat.holder",
            En,
            "The secretariat will not be provided by IOM but by UNDP.",
            "deviation",
        ),
        (
            "decision.consensus",
            En,
            "Consensus is not required; the chair decides.",
            "deviation",
        ),
        // The subject of a denial is not given what is denied of it.
        (
            "structure.resident-coordinator",
            En,
            "The Resident Coordinator doesn't co-chair; the second co-chair is UNHCR.",
            "deviation",
        ),
        (
            "structure.excom-composition",
            En,
            "The Executive Committee brings together ILO, IOM, OHCHR, UNDP, UNHCR and UNICEF. UN DESA and UNODC won't sit on the Committee for now.",
            "deviation",
        ),
        (
            "structure.excom-composition",
            Fr,
            "Le Comité exécutif réunit l'OIT, l'OIM, le HCDH, le DAES, le PNUD, le HCR et l'UNICEF ; l'ONUDC ne siège pas au Comité exécutif.",
            "deviation",
        ),
        (
            "structure.excom-composition",
            Fr,
            "Le Comité exécutif réunit l'OIT, l'OIM, le HCDH, le DAES, le PNUD, le HCR et l'UNICEF. L'ONUDC, qui n'a pas de présence permanente dans le pays, ne siégera pas au Comité exécutif.",
            "deviation",
        ),
        // The holder may be named in the sentence that picks up the subject.
        (
            "secretariat.holder",
            En,
            "The secretariat is not hosted by IOM. It is provided by UNDP, to which IOM seconds one staff member.",
            "deviation",
        ),
        // An elliptical negation denies only what it is joined to.
        (
            "secretariat.holder",
            En,
            "The secretariat is run by the Resident Coordinator's Office, and not by IOM, with IOM's support.",
            "deviation",
        ),
        // A denial of the rule is not a fallback for when it fails.
        (
            "decision.no-consensus",
            Fr,
            "Les décisions ne sont pas prises par consensus mais à la majorité simple des membres du Comité exécutif.",
            "missing",
        ),
        // A record of a meeting keeps the proposals it turned down.
        (
            "decision.consensus",
            Fr,
            "Il a été décidé que les décisions seront prises par consensus. Le PNUD a proposé qu'à défaut de consensus, les décisions soient prises à la majorité simple ; la proposition n'a pas été retenue.",
            "covered",
        ),
        (
            "decision.consensus",
            En,
            "Decisions are taken by consensus. UNDP proposed a majority vote where consensus fails. The proposal was not adopted.",
            "covered",
        ),
        // A negation with nothing known after it reaches back only to the
        // comma before it.
        (
            "objectives.coordination-synergies",
            En,
            "Cooperate closely with the other UN coordination mechanisms on migration, actively seeking synergies, it being understood that the Network shall not replicate their work.",
            "covered",
        ),
        // A regional consultative process named is a regional initiative.
        (
            "objectives.regional-initiatives",
            En,
            "Support regional processes, including the Colombo Process and the Abu Dhabi Dialogue.",
            "covered",
        ),
        // "Issues where" is not a condition.
        (
            "mission.added-value",
            En,
            "The Network concentrates on the issues where a joint UN approach adds value.",
            "covered",
        ),
        // A working group's chairing is not the network's co-chairs' duty.
        (
            "structure.co-chairs",
            Fr,
            "Le Réseau est coprésidé par le Coordonnateur résident et l'OIM ; les coprésidents convoquent et président les réunions. Les groupes de travail réunissent des membres et d'autres partenaires ; leur présidence ou coprésidence est ouverte à tous leurs membres.",
            "partial",
        ),
        // Under a heading, a list item reads with it as with a lead-in.
        (
            "secretariat.holder",
            Fr,
            "## Secrétariat\n\n- OIM\n- Appui : Bureau du Coordonnateur résident",
            "covered",
        ),
        (
            "structure.executive-committee",
            Fr,
            "## Comité exécutif\n\n- Composition : OIT, OIM, HCDH, DAES, PNUD, HCR, UNICEF, ONUDC\n- Rôle : orientations générales et priorités stratégiques",
            "covered",
        ),
        // A negation ends where a comma and a coordination start a clause.
        (
            "decision.consensus",
            En,
            "Decisions are not taken by simple majority anymore, and the rule is now consensus.",
            "covered",
        ),
        // What is removed or left is turned down.
        (
            "structure.excom-composition",
            En,
            "The Executive Committee is composed of ILO, IOM, OHCHR, UN DESA, UNDP, UNHCR and UNICEF. UNODC is leaving the Executive Committee.",
            "deviation",
        ),
        // An acronym the ToR defines says what it stands for.
        (
            "working-groups.review",
            Fr,
            "Des groupes de travail (GT) peuvent être créés. Le Comité exécutif revoit chaque année les GT.",
            "covered",
        ),
        (
            "decision.consensus",
            Fr,
            "Aucune décision n'est soumise au vote ; le consensus est la règle.",
            "covered",
        ),
        (
            "decision.consensus",
            Fr,
            "Lorsque, à l'issue de deux réunions successives, aucun consensus n'a pu se dégager, la décision est adoptée à la majorité simple.",
            "deviation",
        ),
        (
            "decision.no-consensus",
            En,
            "Where, after two meetings, consensus cannot be reached, the decision is taken by majority vote.",
            "deviation",
        ),
        (
            "structure.joint-statements",
            Fr,
            "Aucune déclaration n'est rendue publique au nom du Réseau sans validation préalable du Comité exécutif.",
            "covered",
        ),
        (
            "structure.joint-statements",
            En,
            "No statement is issued on behalf of the Network without prior clearance by the Executive Committee.",
            "covered",
        ),
        (
            "structure.joint-statements",
            Fr,
            "Nulle déclaration ne peut être faite au nom du Réseau, à moins qu'elle n'ait été sollicitée par des membres et validée par le Comité exécutif.",
            "covered",
        ),
        (
            "structure.coordinator",
            Fr,
            "La coordination du Réseau est assurée par le Directeur régional de l'OIM ou par la personne qu'il désigne.",
            "covered",
        ),
        (
            "decision.body",
            Fr,
            "Les décisions sont prises par le Comité exécutif.\n\nLe secrétariat prépare les réunions de la Plénière et diffuse les comptes rendus et les décisions.",
            "covered",
        ),
        (
            "secretariat.holder",
            Fr,
            "Le secrétariat du Réseau est assuré en alternance, par périodes de douze mois, par l'OIM et par le PNUD.",
            "deviation",
        ),
        (
            "secretariat.holder",
            En,
            "The secretariat will not rotate among members but will be provided by IOM.",
            "covered",
        ),
        (
            "reporting.line",
            Fr,
            "Le Réseau rend compte de ses activités uniquement à l'Équipe de pays des Nations Unies, par l'intermédiaire du Coordonnateur résident.",
            "deviation",
        ),
        (
            "decision.body",
            En,
            "Decisions are taken by consensus. They are taken, however, neither by the Executive Committee nor by the co-chairs, but by the plenary of all member entities.",
            "deviation",
        ),
        (
            "decision.body",
            Fr,
            "Le secrétariat diffuse sans délai les décisions du Comité exécutif.",
            "missing",
        ),
        (
            "structure.excom-role",
            En,
            "The Executive Committee does not manage day-to-day business: it sets the Network's strategic course and, with the members, establishes its annual workplan.",
            "covered",
        ),
        (
            "objectives.coordination-synergies",
            En,
            "It will neither duplicate the work of other UN coordination mechanisms nor operate in isolation from them; rather, it will work closely with them and actively seek synergies.",
            "covered",
        ),
        (
            "mission.rights-wellbeing",
            Fr,
            "Aucune action du Réseau ne saurait porter atteinte aux droits et au bien-être des migrants ni à ceux de leurs communautés d'origine, de transit et de destination : ces droits et ce bien-être constituent la priorité de toute son action.",
            "covered",
        ),
        (
            "structure.meetings",
            En,
            "Meetings are held at the UN complex in Gigiri, Nairobi, or online.",
            "partial",
        ),
        (
            "secretariat.holder",
            En,
            "Secretariat functions for the Network will be performed by the Resident Coordinator's secretariat, with IOM providing support on substantive matters.",
            "deviation",
        ),
        (
            "reporting.line",
            En,
            "The Network reports to the Government of the Republic of Guinea, through the ministry in charge of foreign affairs, on its activities and on country-level progress in implementing the GCM.",
            "deviation",
        ),
        (
            "review.annual-meeting",
            En,
            "A meeting of all Network members, open to other relevant stakeholders, will be held every two years to review the Network's progress, explore ways to further improve collaboration and identify emerging challenges.",
            "deviation",
        ),
        (
            "structure.members-role",
            Fr,
            "Afin de réaliser sa mission, le Réseau s'engage à poser les actions suivantes :\n\n- Partager des mises à jour régulières avec les membres du Réseau ;\n- Renforcer les capacités des membres sur les questions liées à la migration.",
            "missing",
        ),
        (
            "objectives.coherent-action",
            Fr,
            "Le Réseau impulse une action coordonnée et concertée du système des Nations Unies sur la migration.",
            "partial",
        ),
        (
            "decision.body",
            Fr,
            "Le CE décide par consensus, après avoir consulté les membres.",
            "covered",
        ),
        (
            "decision.body",
            Fr,
            "Ce comité de travail décide de son calendrier.",
            "missing",
        ),
        (
            "working-groups.establishment",
            En,
            "No working group may be set up other than by the Executive Committee, where appropriate, to focus on specific issues.",
            "covered",
        ),
        (
            "mission.guiding-frameworks",
            Fr,
            "La Charte des Nations Unies, le Programme 2030 et le PMM orientent ses travaux.",
            "partial",
        ),
        (
            "objectives.coordination-synergies",
            En,
            "Facilitate regular interaction and synergies among Network members.",
            "missing",
        ),
        (
            "reporting.line",
            En,
            "Serve as a reference point for reliable data and information, analysis, policy guidance and initiatives on migration issues.",
            "missing",
        ),
        (
            "structure.coordinator",
            Fr,
            "Le Réseau est coprésidé par le Coordonnateur résident, par le PNUD, de manière permanente, et par une autre agence des Nations Unies, à tour de rôle ; l'OIM peut exercer cette coprésidence tournante au même titre que les autres agences.",
            "deviation",
        ),
        (
            "review.working-methods",
            Fr,
            "Les méthodes de travail du Réseau ne feront l'objet d'un examen qu'au terme de son mandat.",
            "deviation",
        ),
        (
            "review.annual-meeting",
            Fr,
            "Il ne s'écoulera pas une année sans que se tienne une réunion de l'ensemble des membres du Réseau, ouverte à d'autres parties prenantes, afin d'examiner les progrès du Réseau et d'identifier les défis émergents.",
            "covered",
        ),
        (
            "structure.resident-coordinator",
            Fr,
            "La coprésidence revient au Chef de mission de l'OIM, à titre permanent, et au Représentant de l'UNICEF.",
            "deviation",
        ),
        (
            "objectives.global-initiatives",
            En,
            "The Network does not, however, take part in global initiatives such as the Global Forum on Migration and Development.",
            "missing",
        ),
        (
            "structure.excom-composition",
            En,
            "The Executive Committee is made up of ILO, IOM, OHCHR, UNDP, UNHCR, UNICEF, UNODC and the Economic Commission for Africa, standing in for UN DESA.",
            "deviation",
        ),
        (
            "structure.resident-coordinator",
            En,
            "The co-chairing of the Network shall be ensured by OHCHR and the IOM Chief of Mission.",
            "deviation",
        ),
        (
            "objectives.reporting",
            En,
            // The reader accepts missing or deviation: reporting goes to
            // the wrong body.
            "The Network shall report on its activities and on the progress made at national level in the implementation of the GCM to the UN Country Team alone.",
            "deviation",
        ),
        (
            "mission.added-value",
            En,
            "It takes up only questions on which acting as one UN system achieves more than agencies acting separately.",
            "covered",
        ),
        (
            "review.working-methods",
            En,
            "The way the Network works is itself re-examined no less than every twelve months by the co-chairs in consultation with the members.",
            "covered",
        ),
        (
            "working-groups.review",
            En,
            "The Executive Committee may create a working group on a specific topic. Each group brings together Network members and other partners. The groups are looked at again periodically, at least once a year, by the Executive Committee.",
            "covered",
        ),
        (
            "secretariat.holder",
            En,
            "IOM hosts the secretariat of the regional network. This Network's secretariat is held by UNDP, with IOM contributing technical support.",
            "deviation",
        ),
        (
            "structure.coordinator",
            Fr,
            "L'OIM préside le groupe sur la migration de main-d'œuvre.",
            "missing",
        ),
        (
            "working-groups.establishment",
            En,
            "The meeting adopted the following decisions:\n\n1. The Network meets every two months.\n2. The Executive Committee may establish working groups as needs arise. Working groups are composed of members; chairing or co-chairing is open to all members.",
            "covered",
        ),
        (
            "principles.statement",
            En,
            "Members commit to:\n\n- accountability;\n- a human rights-based approach that is also gender-responsive and child-sensitive;\n- coherence and unity of purpose;\n- effectiveness and a focus on results;\n- inclusivity;\n- flexibility.",
            "covered",
        ),
        (
            "decision.no-consensus",
            Fr,
            "Les décisions relèvent du Comité exécutif. Lorsque le consensus ne se dégage pas, la décision est prise à la majorité simple des membres du Comité exécutif présents.",
            "deviation",
        ),
        (
            "secretariat.holder",
            En,
            "The secretariat is provided jointly by UNDP and IOM in equal shares.",
            "deviation",
        ),
        (
            "working-groups.review",
            En,
            "The Network will:\na) circulate news on migration among members;\nb) review its annual workplan.\n\nThe Executive Committee may set up working groups as needs arise.",
            "missing",
        ),
        (
            "mission.guiding-frameworks",
            Fr,
            "Le Réseau prend pour références, dans toutes ses activités, la Charte des Nations Unies, le Programme de développement durable à l'horizon 2030 et le GCM.",
            "partial",
        ),
        (
            "objectives.coordinated-support",
            En,
            "Make sure the UN system backs the implementation, follow-up and review of the GCM in an effective, timely and coordinated way.",
            "covered",
        ),
        (
            "reporting.line",
            Fr,
            "Coprésidence : le Coordonnateur résident et le PNUD. Ils convoquent et président les réunions, font la liaison avec le Réseau régional et informent le Gouvernement.",
            "missing",
        ),
        (
            "review.working-methods",
            Es,
            "Sus métodos de trabajo se ajustarán a los de la Red Regional y a los de la Red a nivel mundial.",
            "missing",
        ),
        (
            "secretariat.holder",
            En,
            "The secretariat is not provided by UNDP but by IOM.",
            "covered",
        ),
        (
            "decision.body",
            En,
            "12. Decisions of the Network shall be taken by the Executive Committee, after consultation with the members.\n\n13. Where consensus cannot be reached within the Executive Committee, the IOM co-chair shall seek agreement among its members.",
            "covered",
        ),
        (
            "mission.gcm-support",
            En,
            "Supporting the implementation, follow-up and review of the GCM is not part of the Network's remit.",
            "missing",
        ),
        (
            "mission.gcm-support",
            Es,
            "El apoyo a la implementación, el seguimiento y el examen del Pacto Mundial no forma parte del mandato de la Red.",
            "missing",
        ),
        (
            "objectives.capacity-building",
            Fr,
            "Le Réseau ne participe pas au mécanisme de renforcement des capacités du PMM, qui est géré exclusivement au niveau mondial.",
            "missing",
        ),
        (
            "secretariat.holder",
            Fr,
            "L'OIM abritera le secrétariat technique du Réseau et le dotera en personnel.",
            "covered",
        ),
        (
            "review.working-methods",
            Es,
            "Asimismo, la Red ajustará sus métodos de trabajo a los de la Red Regional y a los de la Red mundial.",
            "missing",
        ),
        (
            "working-groups.composition",
            Es,
            "Estos grupos estarán integrados por miembros de la Red y, cuando proceda, por otros socios. La coordinación de cada grupo podrá ser asumida por cualquier miembro de la Red.",
            "covered",
        ),
        (
            "reporting.line",
            Es,
            "La Red no rinde cuentas al Equipo de País sino a la Red Regional.",
            "covered",
        ),
        (
            "reporting.line",
            Es,
            "Se informa anualmente a la Red global sobre las actividades de la Red y los avances en la aplicación del PMM.",
            "covered",
        ),
        (
            "decision.consensus",
            Fr,
            "Le Réseau ne tranche pas par un vote mais par consensus de l'ensemble de ses membres.",
            "covered",
        ),
        (
            "working-groups.establishment",
            Fr,
            "La création des groupes thématiques n'incombe pas au Comité exécutif mais aux coprésidents du Réseau.",
            "deviation",
        ),
        (
            "working-groups.composition",
            Es,
            "Los grupos de trabajo están abiertos a todos los miembros de la Red y a otros socios, según corresponda, y cualquier miembro puede asumir su coordinación o cocoordinación.",
            "covered",
        ),
        (
            "structure.members-role",
            Fr,
            "Le Comité exécutif donne la direction générale du Réseau, définit ses priorités stratégiques et, avec les membres, établit le plan de travail annuel.",
            "missing",
        ),
        (
            "structure.members-role",
            Es,
            "Una vez al año, la Red reunirá a todos sus miembros para evaluar los progresos realizados y reforzar la colaboración.",
            "missing",
        ),
        (
            "structure.co-chairs",
            Fr,
            "L'entité qui assure la coordination :\n\n- convoque et préside les réunions du Réseau ;\n- assure la liaison avec le réseau mondial ;\n- fait des déclarations communes au nom du Réseau ;\n- informe les États membres et le système des Nations Unies ;\n- facilite la participation des acteurs externes.",
            "covered",
        ),
        (
            "working-groups.establishment",
            En,
            "| Task | RC | IOM | ExCom | Secretariat |\n|---|---|---|---|---|\n| Prepare the annual workplan | I | C | A | R |\n| Establish working groups | I | C | A | R |",
            "covered",
        ),
        (
            "working-groups.establishment",
            Fr,
            "Des groupes de travail peuvent être créés, en fonction des besoins, par l'EPNU, sur proposition du Comité exécutif.",
            "deviation",
        ),
        (
            "structure.resident-coordinator",
            Fr,
            "Le Réseau est coprésidé par le/la Coordonnateur·rice résident·e et par le/la Chef·fe de mission de l'OIM.",
            "covered",
        ),
        (
            "structure.excom-composition",
            En,
            "An Executive Committee will be formed of ILO, IOM, OHCHR, UN DESA, UNDP, UNHCR, UNICEF and UNODC.",
            "covered",
        ),
        (
            "objectives.reporting",
            Es,
            "## Objetivos\n\nh) informar periódicamente sobre los avances logrados y las actividades realizadas en relación con el Pacto Mundial;",
            "covered",
        ),
        (
            "reporting.line",
            Es,
            "La Red presentará al Equipo de País, por intermedio de la Coordinadora Residente, un informe anual sobre sus actividades.",
            "deviation",
        ),
        (
            "secretariat.holder",
            Es,
            "- Secretaría → OIM, con apoyo de la OCR",
            "covered",
        ),
        (
            "structure.excom-role",
            Fr,
            "- Le Comité exécutif :\n  - Rôle :\n    - donner l'orientation générale et fixer les priorités stratégiques ;\n    - arrêter le plan de travail annuel avec les membres.",
            "covered",
        ),
        (
            "consistency.gcm-name",
            En,
            "The Network supports the Global Compact for Safe, Orderly and Regular Migration (GCM). The annual meeting reviews progress in implementing the Marrakesh Compact.",
            "deviation",
        ),
        (
            "mission.guiding-frameworks",
            Fr,
            "Le Réseau est guidé par le droit international, la Charte africaine des droits de l'homme et des peuples, le Programme 2030 et le Pacte mondial.",
            "partial",
        ),
        (
            "working-groups.establishment",
            Es,
            "Se conformarán grupos de trabajo temáticos por decisión de la Coordinadora Residente, previa consulta al Comité Ejecutivo.",
            "deviation",
        ),
        (
            "structure.excom-composition",
            En,
            "The Executive Committee is composed of ILO, IOM, OHCHR, UNDP, UNHCR, UNICEF and UNODC. UN DESA, which has no presence in the country, may be consulted remotely but shall not form part of the Executive Committee.",
            "deviation",
        ),
        (
            "decision.body",
            Fr,
            "Les décisions du Réseau sont prises par consensus. Il appartient à l'Équipe de pays des Nations Unies de les arrêter, sur proposition du Comité exécutif.",
            "deviation",
        ),
        (
            "mission.added-value",
            En,
            "Our work is in line with Agenda 2063 and the ECOWAS Common Approach on Migration.",
            "missing",
        ),
        (
            "working-groups.composition",
            En,
            "No. We do not set up standing working groups. Members take on tasks directly under the annual workplan and report back at our monthly meeting.",
            "not-applicable",
        ),
        (
            "decision.consensus",
            En,
            "Nothing will be put to a vote: the Network decides by consensus.",
            "covered",
        ),
        (
            "working-groups.composition",
            En,
            "Working groups are composed of Network members and, where appropriate, other partners. Nothing in these terms prevents any member of a working group from chairing it.",
            "covered",
        ),
        (
            "secretariat.holder",
            En,
            "Secretariat: Resident Coordinator's Office (IOM seconds a migration officer).",
            "deviation",
        ),
        (
            "secretariat.holder",
            En,
            "The secretariat of the Network will not be provided by IOM. My Office will carry it.\n\nSecretariat: Resident Coordinator's Office (IOM seconds a migration officer).",
            "deviation",
        ),
        (
            "structure.resident-coordinator",
            Es,
            "La Red es copresidida por la OIM y el ACNUR.\n\nLa interlocución con las instituciones del Estado se canalizará a través de la copresidencia, en coordinación con la OCR.",
            "deviation",
        ),
        (
            "mission.guiding-frameworks",
            En,
            "Our compass will be the Charter of the United Nations, international law, the 2030 Agenda for Sustainable Development and the GCM.",
            "covered",
        ),
        (
            "decision.body",
            Es,
            "Por consenso. Las decisiones no se someten a votación. Las adopta el conjunto de los miembros de la Red: el Comité Ejecutivo prepara las propuestas, pero la decisión corresponde a todos los miembros, no a él.",
            "deviation",
        ),
        (
            "decision.consensus",
            Fr,
            "**Texte de 2021 :**\n\n> Les décisions sont prises à la majorité simple.\n\n**Nouveau texte (2024) :**\n\nLes décisions sont prises par consensus.",
            "covered",
        ),
        (
            "working-groups.establishment",
            Fr,
            "Le Comité exécutif met en place des groupes de travail thématiques au fur et à mesure des besoins.",
            "covered",
        ),
        (
            "structure.excom-role",
            En,
            "| Abbr. | Meaning |\n|---|---|\n| EC | Executive Committee of the Network |\n\nThe EC sets the Network's overall direction and strategic priorities and agrees the annual workplan with the members.",
            "covered",
        ),
        (
            "structure.excom-composition",
            Fr,
            "# Avec qui allez-vous travailler ?\n\nAu sein du Réseau siège un Comité exécutif, formé des entités suivantes :\n\n| Entité | Présence |\n|---|---|\n| OIM | Bureau national |\n| HCR | Non résident |\n| OIT | Non résident |\n| HCDH | Non résident |\n| DAES | Non résident |\n| PNUD | Bureau multi-pays |\n| UNICEF | Bureau multi-pays |\n| ONUDC | Non résident |",
            "covered",
        ),
        (
            "objectives.coordinated-support",
            Fr,
            "# Que fait le Réseau, concrètement ?\n\nVoici ce à quoi votre agence contribue en tant que membre :\n\n- un appui efficace, rapide et coordonné du système des Nations Unies à la mise en œuvre, au suivi et à l'examen du PMM ;\n- le partage régulier d'informations entre membres.",
            "covered",
        ),
        (
            "secretariat.holder",
            Es,
            "Se acordó que la secretaría de la Red estaría a cargo de la Oficina de la Coordinadora Residente, con el apoyo técnico de la OIM. No se aprobó la propuesta de confiar la secretaría a la OIM.",
            "deviation",
        ),
        (
            "decision.body",
            Es,
            "Se acordó que las decisiones de la Red se tomarían por consenso en la plenaria de todas las agencias miembros.",
            "deviation",
        ),
        (
            "reporting.line",
            Es,
            "Se acordó que la Red informaría sobre sus actividades y sobre los avances en la aplicación del Pacto Mundial al Equipo de País, por conducto de la Coordinadora Residente, y que no presentaría informes propios a la Red Regional.",
            "deviation",
        ),
        (
            "structure.excom-composition",
            Es,
            "Se constituyó un Comité Ejecutivo formado por entidades con mandatos claros, conocimientos técnicos y capacidad en materia de migración, a saber: OIT, OIM, ACNUDH, DAES, PNUD, ACNUR, UNICEF y UNODC.",
            "covered",
        ),
        (
            "mission.gcm-objectives",
            Es,
            "Quedó establecido, además, que la Red orientaría su trabajo al avance de los 23 objetivos del GCM.",
            "covered",
        ),
        (
            "structure.resident-coordinator",
            En,
            "IOM is a permanent co-chair of the Network. The second co-chair seat rotates every year among the other Executive Committee members. The Resident Coordinator does not co-chair the Network.",
            "deviation",
        ),
        (
            "decision.body",
            En,
            "Network decisions are taken by the Executive Committee after consultation with the members.\n\nExecutive Committee decisions are adopted by a two-thirds majority of the members present, each member entity holding one vote.",
            "covered",
        ),
        (
            "mission.added-value",
            En,
            "The Joint Programme focuses on issues where a common UN system approach adds value.\n\n## Annex 3: Terms of Reference of the UN Network on Migration\n\nThe Network supports the implementation, follow-up and review of the Global Compact for Migration.",
            "missing",
        ),
        (
            "objectives.stakeholder-engagement",
            En,
            "The Network engages civil society, migrant organisations, academia and the Red Cross. Members rejected the proposal to extend this engagement to trade unions, employers, faith-based organisations, the private sector, local authorities, national human rights institutions, diaspora communities and the media.",
            "partial",
        ),
        (
            "structure.resident-coordinator",
            En,
            "The Network is co-chaired by IOM. The Resident Coordinator does not co-chair the Network.",
            "deviation",
        ),
        (
            "working-groups.review",
            En,
            "The Executive Committee sets up working groups as needs arise.\n\nThe following provisions of the global ToR apply mutatis mutandis:\n\n- the periodic review of working groups;\n- the provisions on national and regional action.",
            "missing",
        ),
        (
            "secretariat.holder",
            En,
            "| Global arrangement | National adaptation |\n|---|---|\n| IOM provides the secretariat for all components of the Network | The secretariat is not provided by IOM; it sits in the Resident Coordinator's Office, with an IOM focal point giving technical support |",
            "deviation",
        ),
        (
            "decision.consensus",
            En,
            "Network decisions are taken by consensus.\n\n## Terms of reference of the Network's working groups\n\nEach group agrees its own workplan.",
            "covered",
        ),
        (
            "working-groups.review",
            En,
            "The provisions of the global ToR apply mutatis mutandis, with the following adaptations:\n\n- the Executive Committee reviews the working groups every year, in consultation with the members.",
            "covered",
        ),
        (
            "reporting.line",
            Fr,
            "# Sigles\n\n| Sigle | Sens |\n|---|---|\n| RRNUM | Réseau régional des Nations Unies sur les migrations pour l'Afrique de l'Ouest et du Centre |\n\n# Rapports\n\nLe Réseau rend compte au RRNUM de ses activités et de l'état d'avancement de la mise en œuvre du PMM.",
            "covered",
        ),
        (
            "structure.resident-coordinator",
            En,
            "In view of the responsibilities of the RC/HC for the HCT, the Network shall be co-chaired by IOM, as permanent co-chair, and by UNHCR.",
            "deviation",
        ),
        (
            "structure.resident-coordinator",
            Es,
            "La copresidencia de la Red será ejercida por la OIM, de manera permanente, y por otra agencia del Equipo de País, sin perjuicio de las funciones de coordinación que corresponden a la Coordinadora Residente.",
            "deviation",
        ),
        (
            "structure.resident-coordinator",
            En,
            "## Co-chairs\n\n- Co-chairs: IOM and UNDP\n- RC: strategic oversight; not a co-chair",
            "deviation",
        ),
        (
            "structure.resident-coordinator",
            En,
            "The Network is co-chaired by IOM and UNHCR. Once a year, the RC/HC shall be invited to chair the annual meeting of all members.",
            "deviation",
        ),
        (
            "structure.resident-coordinator",
            En,
            "## Leadership: Co-chairs\n\n- Co-chairs: IOM and UNDP\n\nNotes: The RC's Office preferred to stay out of the chair.",
            "deviation",
        ),
        (
            "structure.resident-coordinator",
            Es,
            "## Copresidencia\n\n1. La Red está copresidida por la OIM y por otra entidad del Comité Ejecutivo.\n2. La Oficina de la Coordinadora Residente acompaña la labor de la Red y vela por su articulación con el Equipo de País y con las autoridades nacionales competentes.",
            "deviation",
        ),
        (
            "working-groups.establishment",
            En,
            "It falls to the Executive Committee to set up working groups when a need appears. Two were set up in 2025, one on labour mobility, chaired by ILO, and one on data, co-chaired by UNFPA and IOM.",
            "covered",
        ),
        (
            "structure.excom-role",
            En,
            "Within the Network sits an Executive Committee of the agencies with the clearest mandates. It comprises IOM, ILO, OHCHR, UNDP, UNHCR and UNICEF. UN DESA and UNODC are not members of the Committee. The Committee sets the overall direction of the Network and, each year, settles the annual workplan with the other members.",
            "covered",
        ),
        (
            "mission.guiding-frameworks",
            En,
            "Members agreed on the frameworks that steer the Network: international law, the 2030 Agenda and the Global Compact.",
            "partial",
        ),
        (
            "mission.system-wide-support",
            En,
            "The Network makes sure that the support the Government receives from the UN is timely, effective and coordinated across the whole system.",
            "covered",
        ),
        (
            "objectives.coherent-action",
            Es,
            "Impulsar una actuación coherente de las Naciones Unidas en el país en apoyo del Pacto Mundial, con vínculos claramente establecidos con las estructuras de la Organización en los planos nacional, regional y mundial.",
            "covered",
        ),
        (
            "structure.excom-role",
            Es,
            "1. El Comité Ejecutivo imparte la orientación general de la Red.\n2. Son funciones de la Secretaría:\n   a) preparar las sesiones del Pleno y del Comité Ejecutivo;\n   b) coordinar la elaboración del plan de trabajo anual de la Red;\n   c) dar seguimiento a las decisiones del Comité Ejecutivo.",
            "partial",
        ),
        (
            "review.working-methods",
            En,
            "**Prepared by:** the Resident Coordinator's Office\n**Last updated:** 2 October 2024, after the UNCT retreat\n**Read with:** the global Network's terms of reference",
            "missing",
        ),
        (
            "mission.network-alignment",
            En,
            "**Prepared by:** the Resident Coordinator's Office\n**Last updated:** 2 October 2024\n**Read with:** the terms of reference of the global Network and of the regional network",
            "missing",
        ),
        (
            "mission.added-value",
            En,
            "Joint work is reserved for issues where one UN approach adds something agencies could not deliver alone.",
            "covered",
        ),
        (
            "objectives.knowledge-source",
            En,
            "Be the place Government and partners turn to for reliable migration data and information, analysis, practical tools, fresh ideas and policy advice.",
            "covered",
        ),
        (
            "working-groups.composition",
            En,
            "Working groups are composed of members and other partners. Each working group shall be chaired by a member of the Executive Committee.",
            "deviation",
        ),
        (
            "working-groups.composition",
            Fr,
            "Les groupes de travail sont composés de membres du Réseau et d'autres partenaires ; la présidence ou la coprésidence d'un groupe de travail est réservée aux entités siégeant au Comité exécutif.",
            "deviation",
        ),
        (
            "working-groups.composition",
            En,
            "Working groups are composed of members and other partners. Chairing is not reserved to Executive Committee members; any member may chair or co-chair a working group.",
            "covered",
        ),
        (
            "decision.no-consensus",
            En,
            "The Executive Committee takes decisions by consensus. [OPEN] Where consensus cannot be reached within two meetings, the Executive Committee decides by simple majority.",
            "missing",
        ),
        (
            "decision.consensus",
            En,
            "## Decision-making\n\nThe Executive Committee takes decisions by consensus after consulting members. [OPEN] Where consensus cannot be reached within two meetings, the Executive Committee decides by simple majority.\n\n## Replies\n\nMpho wrote:\n\n> Where consensus cannot be reached within two meetings, the Executive Committee decides by simple majority.\n\nWe would rather not have that sentence. The Executive Committee decides by consensus, and nothing further is added.",
            "covered",
        ),
        (
            "secretariat.holder",
            En,
            "## Options considered\n\n### Secretariat\n\n**Option A.** UNDP hosts the secretariat, with IOM's support.\n\n**Option B.** The secretariat rotates among the Executive Committee's members.\n\n## Decision\n\nThe secretariat is hosted by IOM.",
            "covered",
        ),
        (
            "objectives.capacity-building",
            En,
            "On point 2(g), support to the GCM capacity-building mechanism (connection hub, knowledge platform, start-up fund): agreed that it was worth discussing, but let's drop the idea.",
            "missing",
        ),
        (
            "decision.no-consensus",
            En,
            "The Executive Committee decides by consensus. The procedure for cases where consensus is not reached (the coordinator seeking agreement, then referral to the regional network) is not retained.",
            "missing",
        ),
        (
            "mission.added-value",
            En,
            "The Network spends its energy on questions where one shared UN approach gets results that agencies working alone would not.",
            "covered",
        ),
        (
            "mission.guiding-frameworks",
            En,
            "The Network takes its bearings from the Charter of the United Nations, the 2030 Agenda for Sustainable Development and the Global Compact.",
            "partial",
        ),
        (
            "decision.no-consensus",
            En,
            "The Executive Committee decides by a simple majority vote. In the event of a tie, the Resident Coordinator seeks agreement among the members.",
            "missing",
        ),
        (
            "decision.body",
            Es,
            "Las decisiones de la Red corresponden al Comité Ejecutivo. Los acuerdos se adoptan por mayoría simple; en caso de empate, decidirá el voto de la copresidencia que ejerza la Coordinadora Residente.",
            "covered",
        ),
        (
            "structure.resident-coordinator",
            En,
            "**Myth:** The Resident Coordinator co-chairs the network.\n\n**Fact:** The Resident Coordinator does not co-chair the network. IOM and UNDP co-chair it.",
            "deviation",
        ),
        (
            "decision.consensus",
            Es,
            "Las decisiones de la Red serán adoptadas por el Comité Ejecutivo; no siendo exigible el consenso, dichas decisiones se adoptarán por mayoría simple de los integrantes presentes.",
            "deviation",
        ),
        (
            "working-groups.review",
            En,
            "**Key**\n- AWP = annual workplan · WG = working group · RN = regional network\n\n## Notes\n\n- Each WG is reviewed every year by the Executive Committee, w/ members.",
            "covered",
        ),
        (
            "decision.consensus",
            En,
            "Decisions of the Network are taken by the Executive Committee {~~by a simple majority of its members present~>by consensus~~}, after consulting all members.",
            "covered",
        ),
        (
            "decision.no-consensus",
            En,
            "Decisions are taken by consensus. {--Where consensus cannot be reached, the co-chairs seek agreement and, failing that, refer the matter to the regional network.--}{>>UNDP: deleted.<<}",
            "missing",
        ),
        (
            "objectives.capacity-building",
            En,
            "- ~~Support the GCM capacity-building mechanism at country level: connection hub, knowledge platform and start-up fund.~~",
            "missing",
        ),
        (
            "consistency.gcm-name",
            En,
            "Migration governance is led by the Presidency of Migration Management (PMM). The Network supports the Global Compact for Safe, Orderly and Regular Migration (GCM) and works towards the 23 GCM objectives.",
            "covered",
        ),
        (
            "decision.no-consensus",
            Es,
            "**Periodista:** ¿Y si no hay consenso, la OIM decide sola?\n\n**Coordinadora Residente:** Mire, las decisiones las toma el Comité Ejecutivo por consenso, y punto.",
            "missing",
        ),
        (
            "review.working-methods",
            Fr,
            "**Article 9.** Le Réseau se réunit chaque trimestre.\n\n*Commentaire :* Les TdR mondiaux prévoient en outre un réexamen annuel des modalités de travail ; le groupe de rédaction ne l'a pas retenu.",
            "missing",
        ),
    ];
    let mut wrong = Vec::new();
    for (id, language, passage, want) in cases {
        let got = crate::common::status_alone(&m, id, *language, passage);
        if got.as_str() != *want {
            wrong.push(format!(
                "{id}: got {}, want {want}: {passage}",
                got.as_str()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_deviation_names_the_holder_a_negation_puts_in_place() {
    let m = mandate();
    let text = "---\nlanguage: fr\n---\n\n# Secrétariat\n\nLe secrétariat n'est pas assuré par l'OIM mais par le PNUD.\n";
    let outcome = pipeline::read(
        "d.md",
        text.as_bytes(),
        Syntax::Markdown,
        &m,
        &FileSettings::default(),
    );
    let document = outcome.document.unwrap();
    let evaluation = engine::check(&document, &m, Language::Fr);
    let finding = evaluation
        .findings
        .iter()
        .find(|f| f.rule == "secretariat.holder")
        .unwrap();
    assert!(finding.message.contains("PNUD"), "{}", finding.message);
    let focus = finding.focus.unwrap();
    assert_eq!(&text[focus.start..focus.end], "PNUD");
}

#[test]
fn an_answer_reads_with_its_question_unless_it_says_no() {
    let m = mandate();
    let status = |text: &str, id: &str| {
        let outcome = pipeline::read(
            "faq.md",
            text.as_bytes(),
            Syntax::Markdown,
            &m,
            &FileSettings::default(),
        );
        let document = outcome.document.unwrap();
        let evaluation = engine::check(&document, &m, Language::En);
        evaluation
            .elements
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.status.as_str().to_string())
            .unwrap()
    };
    let faq = |question: &str, answer: &str| {
        format!(
            "---\nlanguage: en\n---\n\n# Frequently asked questions\n\n## {question}\n\n{answer}\n"
        )
    };
    assert_eq!(
        status(
            &faq(
                "Who creates the working groups?",
                "The Executive Committee, as needs and opportunities arise."
            ),
            "working-groups.establishment"
        ),
        "covered"
    );
    assert_eq!(
        status(
            &faq(
                "Do all members meet once a year?",
                "No. The plenary of all members meets every two years."
            ),
            "review.annual-meeting"
        ),
        "deviation"
    );
}
