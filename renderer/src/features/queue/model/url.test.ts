import { describe, expect, it } from 'vitest';
import { emptyQuery, type QueueQuery } from './query';
import { paramsFromQuery, queryFromParams, queryKey } from './url';

describe('the query in the address', () => {
  it('round-trips every filter, the search and the sort', () => {
    const query: QueueQuery = {
      view: 'overdue',
      statuses: ['new', 'returned'],
      categories: ['yard', 'building-lift'],
      districts: ['Орехово-Борисово Северное', 'Зябликово, Южное'],
      assignees: ['none', 'st-1'],
      deadline: 'today',
      priorities: ['urgent'],
      search: 'лифт, Ёлка & 100%',
      sort: { column: 'received', direction: 'desc' },
    };
    const params = paramsFromQuery(query);
    expect(queryFromParams(new URLSearchParams(params.toString()))).toEqual(query);
    expect(params.getAll('district')).toEqual(['Орехово-Борисово Северное', 'Зябликово, Южное']);
  });

  it('leaves the defaults out: the plain queue is the open issues by deadline', () => {
    expect(paramsFromQuery(emptyQuery).toString()).toBe('');
    expect(queryFromParams(new URLSearchParams(''))).toEqual(emptyQuery);
    expect(
      paramsFromQuery({ ...emptyQuery, sort: { column: 'deadline', direction: 'desc' } }).toString(),
    ).toBe('dir=desc');
  });

  it('reads the example address of the brief', () => {
    const query = queryFromParams(new URLSearchParams('status=new&q=%D0%BB%D0%B8%D1%84%D1%82'));
    expect(query.statuses).toEqual(['new']);
    expect(query.search).toBe('лифт');
  });

  it('drops what it does not know instead of failing', () => {
    const query = queryFromParams(
      new URLSearchParams(
        'view=nope&status=new&status=lost&priority=meh&deadline=soon&sort=colour&dir=up&cat=',
      ),
    );
    expect(query).toEqual({ ...emptyQuery, statuses: ['new'] });
  });

  it('names equal queries alike', () => {
    expect(queryKey({ ...emptyQuery, search: 'x' })).toBe(
      queryKey(queryFromParams(new URLSearchParams('q=x'))),
    );
  });
});
