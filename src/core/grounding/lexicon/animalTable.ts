/**
 * Animals a product can be for, each line the forms of one kind or life stage: "for dogs and
 * puppies" claims puppies too. Life stages are their own lines, since food or a toy for a dog
 * is not said to suit a puppy.
 */
export const animalLines: readonly string[] = [
  "dog|dogs|doggy|doggie|doggies|canine|canines|pup|pups", "puppy|puppies", "cat|cats|feline|felines|kitty|kitties", "kitten|kittens",
  "rabbit|rabbits|bunny|bunnies", "guinea pig|guinea pigs", "hamster|hamsters", "gerbil|gerbils", "chinchilla|chinchillas", "ferret|ferrets",
  "rat|rats", "mouse|mice", "degu|degus", "hedgehog|hedgehogs", "tortoise|tortoises", "turtle|turtles", "terrapin|terrapins", "lizard|lizards",
  "gecko|geckos", "bearded dragon|bearded dragons", "snake|snakes", "frog|frogs", "budgie|budgies|budgerigar|budgerigars", "canary|canaries",
  "cockatiel|cockatiels", "parrot|parrots", "parakeet|parakeets", "lovebird|lovebirds", "finch|finches", "cockatoo|cockatoos", "macaw|macaws",
  "pigeon|pigeons", "chicken|chickens|hen|hens|poultry", "duck|ducks", "goose|geese", "horse|horses|equine", "pony|ponies", "donkey|donkeys",
  "goat|goats", "sheep", "pig|pigs", "goldfish", "koi", "betta|bettas", "tropical fish", "shrimp", "hermit crab|hermit crabs",
];
