## Expo

expo-title = Salon virtuel
