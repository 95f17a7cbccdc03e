## Expo

expo-title = Virtuelle Messe
