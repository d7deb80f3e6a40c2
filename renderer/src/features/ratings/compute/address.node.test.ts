import { describe, expect, it } from 'vitest';
import { parseAddress } from './address';

describe('parseAddress', () => {
  it('reads the portal’s own form', () => {
    expect(parseAddress('Ореховый бульвар, д. 22')).toEqual({
      street: 'Ореховый бульвар',
      building: 'д. 22',
      searchText: 'Ореховый бульвар, д. 22',
    });
    expect(parseAddress('Шипиловская улица, д. 35, корп. 2')).toEqual({
      street: 'Шипиловская улица',
      building: 'д. 35, корп. 2',
      searchText: 'Шипиловская улица, д. 35, корп. 2',
    });
  });

  it('drops the city, the postcode and the flat, and writes the house one way', () => {
    expect(parseAddress('115563, г. Москва, Шипиловская улица, 35к2, кв. 14')).toEqual({
      street: 'Шипиловская улица',
      building: 'д. 35, корп. 2',
      searchText: 'Шипиловская улица, 35к2',
    });
    expect(parseAddress('Москва, Ореховый бульвар, дом 12А, строение 1, подъезд 3').building).toBe(
      'д. 12А, стр. 1',
    );
    expect(parseAddress('ул.  Генерала Белова ,  д.29 к.1').building).toBe('д. 29, корп. 1');
  });

  it('keeps an address without a house number as a street with no building', () => {
    expect(parseAddress('Борисовский пруд, у входа в парк')).toEqual({
      street: 'Борисовский пруд, у входа в парк',
      building: null,
      searchText: 'Борисовский пруд, у входа в парк',
    });
    expect(parseAddress('')).toEqual({ street: '', building: null, searchText: '' });
  });
});
