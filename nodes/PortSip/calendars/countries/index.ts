// The country registry, in SUPPORTED_COUNTRIES order.
import { CountryDefinition } from '../rules';
import { ARG } from './arg';
import { AUS } from './aus';
import { AUT } from './aut';
import { BEL } from './bel';
import { BRA } from './bra';
import { CAN } from './can';
import { CHE } from './che';
import { CZE } from './cze';
import { DEU } from './deu';
import { DNK } from './dnk';
import { ESP } from './esp';
import { FIN } from './fin';
import { FRA } from './fra';
import { GBR } from './gbr';
import { GRC } from './grc';
import { HUN } from './hun';
import { IND } from './ind';
import { IRL } from './irl';
import { ITA } from './ita';
import { JPN } from './jpn';
import { LUX } from './lux';
import { MEX } from './mex';
import { NLD } from './nld';
import { NOR } from './nor';
import { NZL } from './nzl';
import { POL } from './pol';
import { PRT } from './prt';
import { SWE } from './swe';
import { USA } from './usa';
import { ZAF } from './zaf';
import { SGP } from './sgp';
import { KOR } from './kor';
import { TUR } from './tur';
import { URY } from './ury';
import { PER } from './per';
import { SRB } from './srb';
import { MCO } from './mco';
import { BGR } from './bgr';
import { HRV } from './hrv';
import { CYP } from './cyp';
import { EST } from './est';
import { LVA } from './lva';
import { LTU } from './ltu';
import { MLT } from './mlt';
import { ROU } from './rou';
import { SVK } from './svk';
import { SVN } from './svn';
import { ISL } from './isl';
import { LIE } from './lie';
import { COL } from './col';

export const COUNTRY_DEFINITIONS: ReadonlyArray<CountryDefinition> = [
	USA, CAN, MEX, BRA, ARG, GBR, IRL, FRA, DEU, AUT, CHE, ITA, ESP, PRT, NLD, BEL, LUX,
	DNK, NOR, SWE, FIN, POL, CZE, HUN, GRC, AUS, NZL, ZAF, IND, JPN,
	COL, PER, URY, BGR, HRV, CYP, EST, LVA, LTU, MLT, ROU, SVK, SVN, ISL, LIE, MCO, SRB, TUR, SGP, KOR,
];
