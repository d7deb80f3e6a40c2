// Street and building from an address as the portal writes it: "Шипиловская улица, д. 35,
// корп. 2". Addresses typed by people also come as "г. Москва, ул. Шипиловская, 35к2, кв. 7"
// or "Ореховый бульвар, дом 22, строение 1": the city, the postcode and the flat are dropped,
// and the house is written one way ("д. 35, корп. 2"), so one building is one row whatever
// the spelling of its number.

export interface ParsedAddress {
  /** "Шипиловская улица"; the whole address when no house number can be found. */
  street: string;
  /** "д. 35, корп. 2", or null when there is no house number. */
  building: string | null;
  /** Street and house as written in the address, for a text search that finds the same issues. */
  searchText: string;
}

const CITY = /^(?:г\.?\s*|город\s+)?москва$|^россия$|^\d{6}$/i;
const HOUSE =
  /^(?:(?:д|дом|вл|владение)\.?\s*)?(\d+[а-яё]?)(?:\s*(?:\/\s*\d+[а-яё]?))?(?:\s*(?:к|корп|корпус)\.?\s*(\d+[а-яё]?))?(?:\s*(?:с|стр|строение)\.?\s*(\d+[а-яё]?))?$/i;
const BLOCK = /^(?:к|корп|корпус)\.?\s*(\d+[а-яё]?)$/i;
const STRUCTURE = /^(?:с|стр|строение)\.?\s*(\d+[а-яё]?)$/i;

const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();

function buildingLabel(house: string, block: string | undefined, structure: string | undefined): string {
  return [
    `д. ${house}`,
    ...(block ? [`корп. ${block}`] : []),
    ...(structure ? [`стр. ${structure}`] : []),
  ].join(', ');
}

export function parseAddress(address: string): ParsedAddress {
  const parts = address
    .split(',')
    .map(tidy)
    .filter((part) => part.length > 0);
  while (parts.length > 1 && CITY.test(parts[0] ?? '')) parts.shift();
  const houseAt = parts.findIndex((part, index) => index > 0 && HOUSE.test(part));
  if (houseAt < 0) {
    const whole = parts.join(', ');
    return { street: whole, building: null, searchText: whole };
  }
  const match = HOUSE.exec(parts[houseAt] ?? '');
  let block = match?.[2];
  let structure = match?.[3];
  let last = houseAt;
  for (let index = houseAt + 1; index < parts.length; index += 1) {
    const part = parts[index] ?? '';
    const blockMatch = BLOCK.exec(part);
    const structureMatch = STRUCTURE.exec(part);
    if (blockMatch && !block) block = blockMatch[1];
    else if (structureMatch && !structure) structure = structureMatch[1];
    else break;
    last = index;
  }
  const street = parts.slice(0, houseAt).join(', ');
  return {
    street,
    building: buildingLabel(match?.[1] ?? '', block, structure),
    searchText: parts.slice(0, last + 1).join(', '),
  };
}

/** The same street or building whatever the letter case and spacing. */
export const addressKey = (text: string): string => text.toLowerCase().replace(/ё/g, 'е');
