import type { GraphArtifact } from './compile';
import { curationConflicts } from './seedCorpus';

const artifact = (documentId: string, props: Record<string, string>): GraphArtifact => ({
  documentId,
  sha256: '',
  nodes: [{ id: 'Industry:晶硅光伏', labels: ['Entity', 'Industry'], props }],
  relationships: [],
});

describe('curations of two reports', () => {
  const curated = {
    source: 'curated',
    type: 'Industry',
    kind: 'hundred_billion_cluster',
    name: '晶硅光伏',
  };

  it('say nothing when they agree, or when one report does not curate the entity', () => {
    expect(
      curationConflicts([
        { name: 'a', artifact: artifact('Document:a', curated) },
        { name: 'b', artifact: artifact('Document:b', curated) },
        {
          name: 'c',
          artifact: artifact('Document:c', { ...curated, source: 'headline', kind: 'industry' }),
        },
      ]),
    ).toEqual([]);
  });

  it('name the entity, the field and both reports when they disagree', () => {
    const conflicts = curationConflicts([
      { name: 'leshan-2025', artifact: artifact('Document:a', curated) },
      {
        name: 'leshan-2026',
        artifact: artifact('Document:b', { ...curated, kind: 'emerging_industry' }),
      },
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toContain('Industry:晶硅光伏');
    expect(conflicts[0]).toContain('kind');
    expect(conflicts[0]).toContain('leshan-2025');
    expect(conflicts[0]).toContain('leshan-2026');
  });
});
