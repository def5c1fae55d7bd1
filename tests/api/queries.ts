/**
 * Realistic queries: the researcher questions the API must answer (researcher.int.test.ts)
 * and the shapes the limits are calibrated on (limits.test.ts checks every one passes the
 * query limits with headroom).
 */

const ENTITY = 'id name aliases';
const EVIDENCE = 'evidence { quote start end paragraph { id order } }';

export const QUERIES = {
  companiesInGreenChemicals: `{
    organizations(filter: { kind: [COMPANY], projects: { some: { industry: "绿色化工" } } }) {
      totalCount
      nodes {
        ${ENTITY}
        projects { node { name industries { node { name partOf { node { name } } } ${EVIDENCE} } } }
      }
    }
  }`,

  greenChemicalsCluster: `{
    industry(name: "绿色化工") {
      ${ENTITY} kind
      subIndustries { node { ${ENTITY} } ${EVIDENCE} }
      projects(includeSubIndustries: true) {
        node { name undertakenBy { node { ${ENTITY} kind } } }
        to { name }
      }
    }
  }`,

  countiesSeekingProvincialZones: `{
    adminDivisions(filter: { relatedTo: { types: [SEEKS], entity: "省级经开区" } }, orderBy: [{ field: ID }]) {
      nodes { ${ENTITY} code kind }
    }
    policy(name: "省级经开区") {
      soughtBy { node { ${ENTITY} } year commitment ${EVIDENCE} }
    }
  }`,

  projectsCompletedIn2024: `{
    projects(filter: { statuses: { some: { year: 2024, wording: { equals: "竣工投产" } } } }, first: 50) {
      totalCount
      nodes { ${ENTITY} statuses(year: 2024) { phase wording ${EVIDENCE} } }
    }
    inOperation: projects(filter: { year: 2024, phase: [IN_OPERATION] }, first: 100) {
      nodes { ${ENTITY} }
    }
  }`,

  missedTargets2024: `{
    indicatorComparison(document: "Document:leshan-2025", missedTarget: true) {
      indicator { ${ENTITY} }
      document { id }
      year estimate gap metTarget target targetDerived nextYear nextTarget
      estimateObservation { value unit qualifier text gapAgainst ${EVIDENCE} }
      targetObservation { kind value derivation }
      nextTargetObservation { value qualifier }
    }
    indicators(filter: { missedTarget: 2024 }, orderBy: [{ field: FIRST_MENTION }]) {
      nodes { name }
    }
  }`,

  programsOfSection: `query ($section: String) {
    programs(section: $section, document: "Document:leshan-2025") {
      ${ENTITY} type isProgram
      footnotes { number ordinal anomaly marker sentence section { label } }
    }
  }`,

  footnoteAnomalies: `{
    footnotes(anomaly: [DUPLICATE_NUMBER, OUT_OF_ORDER]) {
      number ordinal anomaly definition term sentence
      section { label }
      annotates { ${ENTITY} }
    }
    all: footnotes { ordinal number }
  }`,

  entitiesByName: `query ($name: String!) {
    entitiesByName(name: $name) {
      ${ENTITY} type kind mentionCount isProgram
      footnotes { number ordinal }
      ... on AdminDivision { code }
    }
  }`,

  divisionWithoutMentions: `{
    adminDivision(code: "511181") { ${ENTITY} kind mentionCount mentions { surface } partOf { node { name } evidence { quote } } }
    mountain: entitiesByName(name: "峨眉山") { ${ENTITY} type mentionCount }
  }`,

  gdpComparison: `{
    indicator(name: "地区生产总值增长") {
      ${ENTITY}
      comparison(document: "Document:leshan-2025") {
        document { id } year estimate gap metTarget target targetDerived nextYear nextTarget
        estimateObservation { value qualifier text }
        nextTargetObservation { value qualifier text ${EVIDENCE} }
      }
      observations(year: 2025) { kind value }
    }
  }`,

  companyProjects: `{
    organization(name: "京运通") {
      ${ENTITY} kind
      projects { node { ${ENTITY} statuses { year phase wording commitment } } ${EVIDENCE} }
    }
  }`,

  fundingInstruments: `{
    policies(filter: { funds: { some: {} } }, orderBy: [{ field: FIRST_MENTION }]) {
      nodes { ${ENTITY} kind funds { node { ${ENTITY} kind } amount { value unit } year ${EVIDENCE} } }
    }
  }`,

  newTracks: `{
    policy(name: "产业新赛道") {
      ${ENTITY}
      designates { node { ${ENTITY} type } year ${EVIDENCE} }
    }
  }`,

  documentOutline: `{
    documents {
      id title truncated years executionYear planYear
      sections {
        label title level
        subsections { label title order paragraphs { order } }
      }
      footnotes { ordinal }
    }
  }`,

  paragraphMentions: `{
    section(label: "二、(四)", document: "Document:leshan-2025") {
      label title
      paragraphs {
        order lead
        entities(types: [ADMIN_DIVISION]) { ${ENTITY} }
        mentions(types: [ADMIN_DIVISION]) { surface start end entity { name } }
      }
    }
  }`,

  emergingIndustries: `{
    industries(filter: { AND: [{ kind: [EMERGING_INDUSTRY] }, { mentionedInSection: "二、(一)", mentionedInDocument: "Document:leshan-2025" }] }) {
      nodes { ${ENTITY} kind }
    }
  }`,

  projectsInMabian: `{
    projects(filter: { county: "马边彝族自治县" }, first: 50) {
      nodes { ${ENTITY} locatedIn { node { name } ${EVIDENCE} } }
    }
  }`,

  solarProjects2025: `{
    projects(filter: { industry: "晶硅光伏", year: 2025, phase: [IN_OPERATION] }) {
      nodes { ${ENTITY} statuses(year: 2025) { phase wording commitment } }
    }
  }`,

  notProgramsAmongPolicies: `{
    withFootnote: policies(filter: { hasFootnote: true }, first: 100) { totalCount }
    withoutFootnote: policies(filter: { NOT: { hasFootnote: true } }, first: 100) { totalCount }
    all: policies(first: 100) { totalCount }
  }`,

  pageOfProjects: `query ($first: Int, $after: String, $last: Int, $before: String) {
    projects(first: $first, after: $after, last: $last, before: $before, orderBy: [{ field: PINYIN }]) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`,

  nestedThreeLevels: `query ($first: Int) {
    projects(first: $first, filter: { industries: { some: {} } }) {
      nodes {
        name
        industries {
          node {
            name
            projects { node { name mentions(first: 3) { surface paragraph { id } } } }
          }
        }
      }
    }
  }`,

  nodeById: `query ($id: ID!) {
    node(id: $id) {
      id
      ... on Entity { name type }
      ... on Paragraph { order }
      ... on Footnote { number }
    }
  }`,

  deepDocumentWalk: `{
    documents {
      sections {
        subsections {
          paragraphs {
            mentions {
              entity {
                relations { node { name } type evidence { quote } }
              }
            }
          }
        }
      }
    }
  }`,
} as const;
