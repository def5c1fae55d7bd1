import {
  type Division,
  divisionById,
  divisionByName,
  gazetteer,
  resolveSurface,
  withAncestors,
} from './gazetteer';
import { findMentions } from './mentions';
import { SourceText } from './sourceText';

/** How far into the report its region is looked for: title, issuer, dateline, first lines. */
const OPENING = 300;

/**
 * What must follow a name that is or ends an ordinary phrase (沛县, 山城区) for it to be the
 * speaker (沛县人民政府), not part of a phrase (示范县, 乐山城区).
 */
const SPEAKER = /^(?:人民政府|政府|人民代表大会|第|发展和改革|\d{4}年)/u;

/**
 * The division a report is about, read from its opening lines (title, issuer, dateline)
 * through the gazetteer's full names: the first division named there, or the deepest one
 * named inside it (重庆市开州区 → 开州区; (广东省)2022年湛江市 → 湛江市). A name several
 * divisions share (市中区) counts where a division named before it resolves it (乐山市市中区).
 * A name that is or ends a phrase counts only as the speaker (see SPEAKER).
 * Undefined when the opening names none.
 */
export function regionOf(source: SourceText): Division | undefined {
  const opening = new SourceText(source.slice(0, OPENING));
  const forms = gazetteer().map((d) => ({ surface: d.name, entityId: d.id }));
  const found = findMentions(opening, [{ id: 'opening', start: 0, end: opening.length }], forms);
  const named: Division[] = [];
  for (let i = 0; i < found.length;) {
    const group = found.filter((m) => m.start === found[i].start);
    i += group.length;
    const { surface, end } = group[0];
    const division =
      group.length === 1
        ? divisionById(group[0].entityId)
        : resolveSurface(surface, named[named.length - 1]);
    const phrase = division?.local?.includes(surface);
    if (division && (!phrase || SPEAKER.test(opening.slice(end, end + 6)))) named.push(division);
  }
  const first = named[0];
  if (!first) return undefined;
  const inside = named.filter((d) => withAncestors(d.id).includes(first));
  return inside.reduce((deepest, d) =>
    withAncestors(d.id).length > withAncestors(deepest.id).length ? d : deepest,
  );
}

/**
 * The division a metadata file's `region` names: its name as in its id (开州区, or
 * 内江市市中区 for a shared one), a name or alias that only it has (开州, 乐山), or a path
 * read like a report's opening (重庆市开州区).
 */
export function regionNamed(region: string): Division | undefined {
  return (
    divisionById(`AdminDivision:${region}`) ??
    divisionByName(region) ??
    regionOf(new SourceText(region))
  );
}
