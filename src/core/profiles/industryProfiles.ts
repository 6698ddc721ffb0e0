import b2bSoftware from "./industries/b2b-software.json";
import beautyCosmetics from "./industries/beauty-cosmetics.json";
import consumerElectronics from "./industries/consumer-electronics.json";
import fashionApparel from "./industries/fashion-apparel.json";
import finance from "./industries/finance.json";
import foodBeverage from "./industries/food-beverage.json";
import healthSupplements from "./industries/health-supplements.json";
import homeFurniture from "./industries/home-furniture.json";
import jewelry from "./industries/jewelry.json";
import outdoorSports from "./industries/outdoor-sports.json";
import petSupplies from "./industries/pet-supplies.json";
import toolsHardware from "./industries/tools-hardware.json";
import toysKids from "./industries/toys-kids.json";
import travelHospitality from "./industries/travel-hospitality.json";
import type { IndustryProfile } from "./industryProfile";
import { parseIndustryProfile } from "./parseIndustryProfile";
import { universalClaimRules } from "./universalRules";

export type { IndustryProfile, ProfileClaimRule } from "./industryProfile";
export { generalRetailProfile } from "./generalRetailProfile";
export { universalClaimRules } from "./universalRules";

/** The profile files as bundled, by file name, so a validation error can name the file. */
export const industryProfileFiles: Readonly<Record<string, unknown>> = {
  "fashion-apparel.json": fashionApparel,
  "consumer-electronics.json": consumerElectronics,
  "beauty-cosmetics.json": beautyCosmetics,
  "health-supplements.json": healthSupplements,
  "food-beverage.json": foodBeverage,
  "home-furniture.json": homeFurniture,
  "outdoor-sports.json": outdoorSports,
  "tools-hardware.json": toolsHardware,
  "pet-supplies.json": petSupplies,
  "jewelry.json": jewelry,
  "b2b-software.json": b2bSoftware,
  "travel-hospitality.json": travelHospitality,
  "toys-kids.json": toysKids,
  "finance.json": finance,
};

export const industryProfiles: readonly IndustryProfile[] = Object.entries(industryProfileFiles).map(([fileName, data]) =>
  parseIndustryProfile(data, fileName, universalClaimRules),
);

export function findIndustryProfile(id: string, profiles: readonly IndustryProfile[] = industryProfiles): IndustryProfile | undefined {
  return profiles.find((profile) => profile.id === id);
}
