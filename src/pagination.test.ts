import { type GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, listLimit, pageOf, pageRequest } from './pagination';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as GraphQLError).extensions.code;
  }
  return 'no error';
};

describe('pagination', () => {
  it('round-trips a cursor for the order it was made for', () => {
    const cursor = encodeCursor('PINYIN:ASC', ['le shan', 'Industry:晶硅光伏']);
    expect(decodeCursor(cursor, 'PINYIN:ASC', 2, 'after')).toEqual([
      'le shan',
      'Industry:晶硅光伏',
    ]);
  });

  it('refuses a cursor of another order or of another shape', () => {
    const cursor = encodeCursor('NAME:ASC', ['a', 'b']);
    expect(codeOf(() => decodeCursor(cursor, 'PINYIN:ASC', 2, 'after'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor(cursor, 'NAME:ASC', 3, 'after'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor('%%%', 'NAME:ASC', 2, 'after'))).toBe('BAD_USER_INPUT');
  });

  it('defaults to 20 rows and refuses pages over the limit', () => {
    expect(pageRequest({}, 100, 'o', 1).size).toBe(20);
    expect(pageRequest({}, 5, 'o', 1).size).toBe(5);
    expect(codeOf(() => pageRequest({ first: 101 }, 100, 'o', 1))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => pageRequest({ first: -1 }, 100, 'o', 1))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageRequest({ first: 1, last: 1 }, 100, 'o', 1))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => listLimit(101, 100))).toBe('LIMIT_EXCEEDED');
    expect(listLimit(null, 100)).toBe(100);
  });

  it('cuts the extra row and reports the pages around', () => {
    const forward = pageOf(
      [1, 2, 3],
      { size: 2, backward: false, after: ['x'], before: null },
      String,
    );
    expect(forward.edges.map((e) => e.row)).toEqual([1, 2]);
    expect(forward.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: '1',
      endCursor: '2',
    });
    const backward = pageOf([3, 2], { size: 2, backward: true, after: null, before: null }, String);
    expect(backward.edges.map((e) => e.row)).toEqual([2, 3]);
    expect(backward.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });
});
