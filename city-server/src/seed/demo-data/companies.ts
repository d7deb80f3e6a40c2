import type { SeedCompany } from '../world';
import { northHouses, southHouses, type House } from './addresses';

// The two management companies of the demo: the district the workstation is shown for, and
// its southern neighbour, so that scoping (another company's issue is 404) has something
// real to hide.

export interface CompanyArea {
  readonly company: SeedCompany;
  readonly houses: readonly House[];
}

export const northCompany: CompanyArea = {
  company: {
    id: 'co-obs',
    name: 'ГБУ «Жилищник района Орехово-Борисово Северное»',
    district: 'Орехово-Борисово Северное',
  },
  houses: northHouses,
};

export const southCompany: CompanyArea = {
  company: {
    id: 'co-obu',
    name: 'ГБУ «Жилищник района Орехово-Борисово Южное»',
    district: 'Орехово-Борисово Южное',
  },
  houses: southHouses,
};
