import type { RouteProps } from '../schema.ts';
import { angeghakotBichanak } from './angeghakotBichanak.ts';
import { berdTovuz } from './berdTovuz.ts';
import { horadizMeghriOrdubad } from './horadizMeghriOrdubad.ts';
import { ijevanGazakh } from './ijevanGazakh.ts';
import { yeraskhHoradizRailway } from './yeraskhHoradizRailway.ts';

/** The five routes the analysis names (facts.md §2), in the order it names them. */
export const ROUTES: readonly RouteProps[] = [ijevanGazakh, berdTovuz, angeghakotBichanak, horadizMeghriOrdubad, yeraskhHoradizRailway];
